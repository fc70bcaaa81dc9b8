package io.ownership.web.dashboard;

import io.ownership.core.dashboard.KpiSnapshotJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the day's KPI snapshot, hourly by default
 * ({@code ownership.dashboard.snapshot-cron}), after filling the past year's days without
 * a snapshot with what the history allows. A restart loses nothing: the next run writes
 * the day again.
 */
@Component
public class DashboardSchedule {

	public static final int BACKFILL_DAYS = 366;

	private static final Log logger = LogFactory.getLog(DashboardSchedule.class);

	private final KpiSnapshotJob job;

	DashboardSchedule(KpiSnapshotJob job) {
		this.job = job;
	}

	@Scheduled(cron = "${ownership.dashboard.snapshot-cron:0 15 * * * *}", zone = "UTC")
	void run() {
		int backfilled = this.job.backfill(BACKFILL_DAYS);
		int written = this.job.snapshot();
		if (backfilled > 0) {
			logger.info("KPI snapshots: " + backfilled + " values backfilled from the history");
		}
		logger.debug("KPI snapshots: " + written + " values written for today");
	}

}
