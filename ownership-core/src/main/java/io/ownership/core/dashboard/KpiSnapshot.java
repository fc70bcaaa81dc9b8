package io.ownership.core.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A KPI's value as it was on a day, for the organization ({@code team} null) or a team.
 *
 * @param source how the value was made
 */
public record KpiSnapshot(LocalDate day, UUID team, KpiValue value, Source source) {

	/**
	 * How a snapshot was made.
	 */
	public enum Source {

		/** Counted by the daily job on its day. */
		DAILY,
		/** Recomputed later from the append-only history of acceptance transitions. */
		BACKFILL,
		/** Seeded by the demo organization, not measured. */
		DEMO

	}

}
