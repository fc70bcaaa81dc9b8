package io.ownership.core.program.champion;

import java.time.LocalDate;

import io.ownership.core.catalog.Names;
import io.ownership.core.shared.InvalidInputException;

/**
 * A recognized contribution of a champion: what kind, on which day, with a short
 * description.
 */
public record Contribution(ContributionKind kind, LocalDate on, String description) {

	public Contribution {
		if (kind == null) {
			throw new InvalidInputException("kind", "input.required", "Required");
		}
		if (on == null) {
			throw new InvalidInputException("on", "input.required", "Required");
		}
		description = Names.optional("description", description, 500);
	}

}
