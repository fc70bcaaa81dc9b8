package io.ownership.core.action;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a follow-up action.
 */
public record ActionId(UUID value) {

	public ActionId {
		Objects.requireNonNull(value, "value");
	}

	public static ActionId random() {
		return new ActionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
