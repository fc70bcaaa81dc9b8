package io.ownership.core.shared;

/**
 * The request cannot be served as asked, whatever values a form carried: the actor may
 * not do it ({@link ForbiddenException}), the object is not there
 * ({@link NotFoundException}), or it changed since it was read
 * ({@link StaleVersionException}). Not a {@link DomainException}, so that code turning
 * rule refusals into form errors never catches one of these by mistake: they go on to
 * their error pages (403, 404, 409).
 */
public abstract sealed class RequestRefusedException extends Refusal
		permits ForbiddenException, NotFoundException, StaleVersionException {

	RequestRefusedException(String code, String defaultMessage, Object... arguments) {
		super(code, defaultMessage, arguments);
	}

}
