package io.ownership.core.responsibility.usecase;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a security use case.
 */
public record UseCaseId(UUID value) {

	public UseCaseId {
		Objects.requireNonNull(value, "value");
	}

	public static UseCaseId random() {
		return new UseCaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
