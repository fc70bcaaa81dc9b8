package io.ownership.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSnapshot;
import io.ownership.core.dashboard.KpiSnapshotJob;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.web.dashboard.DashboardSchedule;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organization (after the catalog, risks and program): today's snapshot and the
 * backfill from the acceptance history, measured as in production; then, so that a
 * newcomer sees trends, the organization's snapshot at the end of each of the eleven
 * months before, <strong>seeded, not measured</strong>: source {@code DEMO}, which the
 * dashboard says. Each seeded month moves today's share a few points lower (and today's
 * counts a little higher) the further back it is; the KPIs the backfill recomputes from
 * the history keep their measured values. Months that already have a snapshot are left
 * alone, so a restart seeds nothing twice.
 */
@Component
@Profile("demo")
@Order(60)
class DashboardDemo implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DashboardDemo.class);

	private final KpiSnapshotJob job;

	private final KpiService kpis;

	private final KpiSnapshots snapshots;

	private final Clock clock;

	DashboardDemo(KpiSnapshotJob job, KpiService kpis, KpiSnapshots snapshots, Clock clock) {
		this.job = job;
		this.kpis = kpis;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.job.backfill(DashboardSchedule.BACKFILL_DAYS);
		this.job.snapshot();
		LocalDate today = LocalDate.now(this.clock);
		Set<YearMonth> measured = new HashSet<>();
		this.snapshots.history(null, today.minusMonths(12), today).forEach((snapshot) -> {
			if (snapshot.source() != KpiSnapshot.Source.BACKFILL) {
				measured.add(YearMonth.from(snapshot.day()));
			}
		});
		KpiBoard board = this.kpis.board();
		List<KpiSnapshot> seeded = new ArrayList<>();
		for (int back = 1; back <= 11; back++) {
			YearMonth month = YearMonth.from(today).minusMonths(back);
			if (measured.contains(month)) {
				continue;
			}
			for (KpiValue value : board.organization().values()) {
				if (KpiSnapshotJob.BACKFILLED.contains(value.kpi())) {
					continue;
				}
				seeded.add(new KpiSnapshot(month.atEndOfMonth(), null, earlier(value, back), KpiSnapshot.Source.DEMO));
			}
		}
		this.snapshots.save(seeded);
		logger.info("Demo dashboard: " + seeded.size() + " snapshot values seeded for past months (source DEMO)");
	}

	/**
	 * A value {@code back} months earlier on a demo trajectory: shares 4 points lower per
	 * month (not below 0), counts and days 8 % higher per month.
	 */
	static KpiValue earlier(KpiValue value, int back) {
		Kpi kpi = value.kpi();
		if (kpi.measure() == Kpi.Measure.SHARE) {
			long denominator = Math.max(value.denominator(), 1);
			long lower = Math.max(0, value.numerator() - Math.round(denominator * 0.04 * back));
			return new KpiValue(kpi, (value.denominator() == 0) ? 0 : lower, value.denominator());
		}
		double factor = 1 + 0.08 * back;
		return new KpiValue(kpi, Math.round(value.numerator() * factor),
				(kpi.measure() == Kpi.Measure.COUNT) ? Math.round(value.denominator() * factor) : value.denominator());
	}

}
