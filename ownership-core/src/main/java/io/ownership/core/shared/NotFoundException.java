package io.ownership.core.shared;

/**
 * The thing asked for does not exist (or is not visible to the one asking).
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String what, Object id) {
		super("error.notFound", what + " " + id + " does not exist", what, id);
	}

}
