package io.ownership.core.shared;

/**
 * The acting user may not do this to this object. Raised by use cases that check
 * object-level rules (own product versus foreign product), whatever the page showed.
 */
public final class ForbiddenException extends RequestRefusedException {

	public ForbiddenException(String code, String defaultMessage, Object... arguments) {
		super(code, defaultMessage, arguments);
	}

}
