package io.ownership.core.responsibility.matrix;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an activity (a row) of a matrix.
 */
public record ActivityId(UUID value) {

	public ActivityId {
		Objects.requireNonNull(value, "value");
	}

	public static ActivityId random() {
		return new ActivityId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
