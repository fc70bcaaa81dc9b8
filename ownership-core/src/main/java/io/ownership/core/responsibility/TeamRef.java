package io.ownership.core.responsibility;

import java.util.Objects;

import io.ownership.core.catalog.TeamId;

/**
 * A team named by a resolution: which, and the name to show.
 */
public record TeamRef(TeamId id, String name) {

	public TeamRef {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

}
