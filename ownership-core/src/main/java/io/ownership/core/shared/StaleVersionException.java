package io.ownership.core.shared;

/**
 * A change was made on a version of a record that someone else has changed since. Nothing
 * was saved; the caller shows the current state and lets the user decide again.
 */
public non-sealed class StaleVersionException extends RequestRefusedException {

	private final String entityType;

	private final String entityId;

	public StaleVersionException(String entityType, Object entityId) {
		super("error.conflict", entityType + " " + entityId + " was changed by someone else in the meantime",
				entityType, entityId);
		this.entityType = entityType;
		this.entityId = String.valueOf(entityId);
	}

	public String entityType() {
		return this.entityType;
	}

	public String entityId() {
		return this.entityId;
	}

}
