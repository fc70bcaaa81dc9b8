package io.ownership.core.review;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a team's review or retrospective.
 */
public record ReviewId(UUID value) {

	public ReviewId {
		Objects.requireNonNull(value, "value");
	}

	public static ReviewId random() {
		return new ReviewId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
