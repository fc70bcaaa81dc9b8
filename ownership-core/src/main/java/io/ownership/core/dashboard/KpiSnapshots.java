package io.ownership.core.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Port: the stored daily snapshots of the KPIs.
 */
public interface KpiSnapshots {

	/**
	 * Stores the snapshots, replacing those of the same day, scope and KPI (idempotent
	 * per day).
	 */
	void save(Collection<KpiSnapshot> snapshots);

	/**
	 * The snapshots of a scope ({@code team} null for the organization) between two days,
	 * inclusive, by day.
	 */
	List<KpiSnapshot> history(UUID team, LocalDate from, LocalDate until);

	/**
	 * Recomputes, for the days from {@code from} to {@code until} that have no snapshot
	 * of the KPI of their own, the KPIs that the append-only history of acceptance
	 * transitions and the gate's evaluations allow ({@link KpiSnapshotJob#BACKFILLED}),
	 * for the organization and per team (the product's team of today), as
	 * {@link KpiSnapshot.Source#BACKFILL}.
	 * @return how many snapshots were written
	 */
	int backfill(LocalDate from, LocalDate until);

}
