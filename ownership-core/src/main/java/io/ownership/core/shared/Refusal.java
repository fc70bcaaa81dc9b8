package io.ownership.core.shared;

/**
 * Why the core refused what it was asked, as a message key with its arguments and an
 * English fallback. It is one of two kinds, and the kind decides where a person reads it:
 * a {@link DomainException} (a rule of the model, or an {@link InvalidInputException}
 * naming the field) is answered next to its field or at the top of the form, everything
 * typed kept; a {@link RequestRefusedException} (forbidden, not found, stale version) is
 * answered by an error page, as no change to the form can fix it.
 */
public sealed interface Refusal permits DomainException, RequestRefusedException {

	/**
	 * The message key, also the stable code of the API's problem JSON.
	 */
	String code();

	Object[] arguments();

	/**
	 * The English fallback of the message.
	 */
	String getMessage();

}
