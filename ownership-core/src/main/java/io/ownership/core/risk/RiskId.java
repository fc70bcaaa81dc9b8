package io.ownership.core.risk;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a risk.
 */
public record RiskId(UUID value) {

	public RiskId {
		Objects.requireNonNull(value, "value");
	}

	public static RiskId random() {
		return new RiskId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
