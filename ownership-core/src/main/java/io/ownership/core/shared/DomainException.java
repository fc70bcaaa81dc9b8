package io.ownership.core.shared;

/**
 * A rule of the model refused an action. Carries a message key and its arguments so that
 * the web layer can say why in the user's language; the exception message is the English
 * fallback. A form shows it at its top, or next to the field an
 * {@link InvalidInputException} names, with everything typed kept. Refusals that are an
 * error page (forbidden, not found, stale version) are {@link RequestRefusedException}s,
 * not of this kind.
 */
public non-sealed class DomainException extends Refusal {

	public DomainException(String code, String defaultMessage, Object... arguments) {
		super(code, defaultMessage, arguments);
	}

}
