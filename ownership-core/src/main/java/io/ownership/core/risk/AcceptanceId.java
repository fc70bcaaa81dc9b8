package io.ownership.core.risk;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a risk acceptance.
 */
public record AcceptanceId(UUID value) {

	public AcceptanceId {
		Objects.requireNonNull(value, "value");
	}

	public static AcceptanceId random() {
		return new AcceptanceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
