package io.ownership.core.responsibility;

import java.util.Objects;

import io.ownership.core.catalog.PersonId;

/**
 * A person named by a resolution: who, and the name to show.
 */
public record PersonRef(PersonId id, String name) {

	public PersonRef {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

}
