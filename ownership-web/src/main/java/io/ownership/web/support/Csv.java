package io.ownership.web.support;

/**
 * One line of a CSV file (RFC 4180): values that hold a comma, quote or line break are
 * quoted with inner quotes doubled; values starting with a formula character are prefixed
 * with an apostrophe so that spreadsheets show them as text.
 */
public final class Csv {

	private Csv() {
	}

	public static String line(Object... values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(escape(values[i]));
		}
		return line.append("\r\n").toString();
	}

	public static String escape(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
