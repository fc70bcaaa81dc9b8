package io.ownership.core.threat;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies the threat model of one backlog item.
 */
public record ThreatModelId(UUID value) {

	public ThreatModelId {
		Objects.requireNonNull(value, "value");
	}

	public static ThreatModelId random() {
		return new ThreatModelId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
