package io.ownership.core.responsibility.matrix;

import java.util.Objects;

/**
 * Where a row and a column of a matrix meet. A cell holds one letter or none, so a party
 * can never hold two letters for the same activity.
 */
public record Cell(ActivityId activity, PartyId party) {

	public Cell {
		Objects.requireNonNull(activity, "activity");
		Objects.requireNonNull(party, "party");
	}

}
