package io.ownership.web.dashboard;

import java.time.Clock;

import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSnapshotJob;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.risk.JobLock;
import io.ownership.core.program.TrainingQuery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	@Bean
	KpiSnapshotJob kpiSnapshotJob(KpiService kpis, KpiSnapshots snapshots, JobLock lock, Clock clock) {
		return new KpiSnapshotJob(kpis, snapshots, lock, clock);
	}

	@Bean
	KpiService kpiService(KpiQuery query, TrainingQuery training, Clock clock) {
		return new KpiService(query, training, clock);
	}

}
