package io.ownership.web.support;

/**
 * A text sent to the application holds a control character that
 * {@link io.ownership.core.shared.ControlCharacters} refuses.
 */
public class ControlCharacterException extends IllegalArgumentException {

	private final String character;

	ControlCharacterException(String character) {
		super("Contains the control character " + character
				+ ": remove it (only tabs and line breaks are allowed in text)");
		this.character = character;
	}

	/**
	 * The refused character, as {@code U+0000}.
	 */
	public String character() {
		return this.character;
	}

}
