package io.ownership.core.responsibility.matrix;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a party (a column) of a matrix.
 */
public record PartyId(UUID value) {

	public PartyId {
		Objects.requireNonNull(value, "value");
	}

	public static PartyId random() {
		return new PartyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
