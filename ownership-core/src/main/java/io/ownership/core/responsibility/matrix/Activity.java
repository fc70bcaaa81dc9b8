package io.ownership.core.responsibility.matrix;

import java.util.Objects;

import io.ownership.core.catalog.Names;

/**
 * A row of a matrix: something that has to be done in the use case.
 */
public record Activity(ActivityId id, String name, String description) {

	public Activity {
		Objects.requireNonNull(id, "id");
		name = Names.clean("name", name, 200);
		description = Names.optional("description", description, 2000);
	}

}
