package io.ownership.core.incident;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a security incident, and its post-mortem (one per incident).
 */
public record IncidentId(UUID value) {

	public IncidentId {
		Objects.requireNonNull(value, "value");
	}

	public static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
