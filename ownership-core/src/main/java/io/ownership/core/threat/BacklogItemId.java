package io.ownership.core.threat;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a backlog item of a product, triaged for threats.
 */
public record BacklogItemId(UUID value) {

	public BacklogItemId {
		Objects.requireNonNull(value, "value");
	}

	public static BacklogItemId random() {
		return new BacklogItemId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
