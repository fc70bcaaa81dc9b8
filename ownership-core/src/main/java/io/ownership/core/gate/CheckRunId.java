package io.ownership.core.gate;

import java.util.Objects;
import java.util.UUID;

public record CheckRunId(UUID value) {

	public CheckRunId {
		Objects.requireNonNull(value, "value");
	}

	public static CheckRunId random() {
		return new CheckRunId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
