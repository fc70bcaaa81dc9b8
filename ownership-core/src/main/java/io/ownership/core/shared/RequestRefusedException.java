package io.ownership.core.shared;

import java.util.Arrays;

/**
 * The request cannot be served as asked, whatever values a form carried: the actor may
 * not do it ({@link ForbiddenException}), the object is not there
 * ({@link NotFoundException}), or it changed since it was read
 * ({@link StaleVersionException}). Not a {@link DomainException}, so that code turning
 * rule refusals into form errors never catches one of these by mistake: they go on to
 * their error pages (403, 404, 409).
 */
public abstract sealed class RequestRefusedException extends RuntimeException implements Refusal
		permits ForbiddenException, NotFoundException, StaleVersionException {

	private final String code;

	private final transient Object[] arguments;

	protected RequestRefusedException(String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public Object[] arguments() {
		return Arrays.copyOf(this.arguments, this.arguments.length);
	}

}
