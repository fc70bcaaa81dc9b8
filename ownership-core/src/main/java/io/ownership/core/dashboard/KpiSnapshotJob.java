package io.ownership.core.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ownership.core.risk.JobLock;
import jakarta.transaction.Transactional;

/**
 * The daily snapshot of every KPI, for the organization and each team. It runs hourly and
 * writes today's snapshot again each time (the last run of a day stands), under a
 * database lock so that two instances do it once; a day the application did not run has
 * no snapshot, and is not invented.
 */
@Transactional
public class KpiSnapshotJob {

	public static final String LOCK = "dashboard.kpi.snapshot";

	/**
	 * The KPIs a past day can be recomputed for from the history: acceptances are
	 * append-only transitions with their times, gate evaluations are kept with their
	 * times. The others depend on states whose history is not kept (a risk's status, a
	 * team's creation, a product's owners).
	 */
	public static final List<Kpi> BACKFILLED = List.of(Kpi.ACCEPTANCES_AUTONOMOUS, Kpi.REQUESTS_PENDING,
			Kpi.GATE_PASS_RATE, Kpi.GATE_FAILING);

	private final KpiService kpis;

	private final KpiSnapshots snapshots;

	private final JobLock lock;

	private final Clock clock;

	public KpiSnapshotJob(KpiService kpis, KpiSnapshots snapshots, JobLock lock, Clock clock) {
		this.kpis = kpis;
		this.snapshots = snapshots;
		this.lock = lock;
		this.clock = clock;
	}

	/**
	 * Writes today's snapshot.
	 * @return how many values were written (0 when another instance holds the lock)
	 */
	public int snapshot() {
		if (!this.lock.tryLock(LOCK)) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<KpiSnapshot> rows = of(today, this.kpis.board(), KpiSnapshot.Source.DAILY);
		this.snapshots.save(rows);
		return rows.size();
	}

	/**
	 * Fills the days of the last {@code days} without a snapshot with what the history
	 * allows ({@link #BACKFILLED}).
	 * @return how many values were written (0 when another instance holds the lock)
	 */
	public int backfill(int days) {
		if (!this.lock.tryLock(LOCK)) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.snapshots.backfill(today.minusDays(days), today.minusDays(1));
	}

	/**
	 * The snapshot rows of a board: the organization's values and every team's.
	 */
	public static List<KpiSnapshot> of(LocalDate day, KpiBoard board, KpiSnapshot.Source source) {
		List<KpiSnapshot> rows = new ArrayList<>();
		board.organization().values().forEach((value) -> rows.add(new KpiSnapshot(day, null, value, source)));
		board.teams()
			.forEach((team) -> team.kpis()
				.values()
				.forEach((value) -> rows.add(new KpiSnapshot(day, team.id(), value, source))));
		return rows;
	}

}
