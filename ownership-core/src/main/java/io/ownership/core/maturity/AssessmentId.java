package io.ownership.core.maturity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a maturity assessment.
 */
public record AssessmentId(UUID value) {

	public AssessmentId {
		Objects.requireNonNull(value, "value");
	}

	public static AssessmentId random() {
		return new AssessmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
