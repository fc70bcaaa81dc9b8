package io.ownership.core.catalog;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a team.
 */
public record TeamId(UUID value) {

	public TeamId {
		Objects.requireNonNull(value, "value");
	}

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
