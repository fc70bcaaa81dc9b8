package io.ownership.core.shared;

import java.util.Arrays;

/**
 * A rule of the model refused an action. Carries a message key and its arguments so that
 * the web layer can say why in the user's language; the exception message is the English
 * fallback.
 */
public class DomainException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	public DomainException(String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.code = code;
		this.arguments = arguments.clone();
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return Arrays.copyOf(this.arguments, this.arguments.length);
	}

}
