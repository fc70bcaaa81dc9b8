package io.ownership.web.dashboard;

import java.time.Clock;

import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.program.TrainingQuery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	@Bean
	KpiService kpiService(KpiQuery query, TrainingQuery training, Clock clock) {
		return new KpiService(query, training, clock);
	}

}
