package io.ownership.core.threat;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one threat of a threat model.
 */
public record ThreatId(UUID value) {

	public ThreatId {
		Objects.requireNonNull(value, "value");
	}

	public static ThreatId random() {
		return new ThreatId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
