package io.ownership.core.shared;

/**
 * The thing asked for does not exist (or is not visible to the one asking).
 */
public final class NotFoundException extends RequestRefusedException {

	public NotFoundException(String what, Object id) {
		super("error.notFound", what + " " + id + " does not exist", what, id);
	}

}
