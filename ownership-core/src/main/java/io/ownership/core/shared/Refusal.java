package io.ownership.core.shared;

import java.util.Arrays;

/**
 * Why the core refused what it was asked, as a message key with its arguments and an
 * English fallback (the exception message). It is one of two kinds, and the kind decides
 * where a person reads it: a {@link DomainException} (a rule of the model, or an
 * {@link InvalidInputException} naming the field) is answered next to its field or at the
 * top of the form, everything typed kept; a {@link RequestRefusedException} (forbidden,
 * not found, stale version) is answered by an error page, as no change to the form can
 * fix it. Code catches one kind or the other, never this parent.
 */
public abstract sealed class Refusal extends RuntimeException permits DomainException, RequestRefusedException {

	private final String code;

	private final transient Object[] arguments;

	Refusal(String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/**
	 * The message key, also the stable code of the API's problem JSON.
	 */
	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return Arrays.copyOf(this.arguments, this.arguments.length);
	}

}
