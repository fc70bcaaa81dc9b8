package io.ownership.core.gate;

import java.util.Objects;
import java.util.UUID;

public record ApiTokenId(UUID value) {

	public ApiTokenId {
		Objects.requireNonNull(value, "value");
	}

	public static ApiTokenId random() {
		return new ApiTokenId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
