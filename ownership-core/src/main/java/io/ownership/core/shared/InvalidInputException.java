package io.ownership.core.shared;

/**
 * A value a user typed breaks a rule of the model. Names the field so that the message
 * can be shown next to it.
 */
public class InvalidInputException extends DomainException {

	private final String field;

	public InvalidInputException(String field, String code, String defaultMessage, Object... arguments) {
		super(code, defaultMessage, arguments);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
