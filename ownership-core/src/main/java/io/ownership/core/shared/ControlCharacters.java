package io.ownership.core.shared;

/**
 * The rule for text anyone sends: no control characters (U+0000 to U+001F and U+007F)
 * except tab, line feed and carriage return. They show as nothing on a page, break CSV
 * and e-mail, and PostgreSQL refuses U+0000 in text outright.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * The position of the first refused character, or -1 when the text has none (or is
	 * null).
	 */
	public static int find(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return i;
			}
		}
		return -1;
	}

	public static boolean in(String text) {
		return find(text) >= 0;
	}

	/**
	 * The first refused character as a person can name it ({@code U+0000}), or null.
	 */
	public static String first(String text) {
		int at = find(text);
		return (at < 0) ? null : String.format("U+%04X", (int) text.charAt(at));
	}

}
