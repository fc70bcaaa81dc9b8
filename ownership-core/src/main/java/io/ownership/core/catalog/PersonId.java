package io.ownership.core.catalog;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a person.
 */
public record PersonId(UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
