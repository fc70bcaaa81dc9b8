package io.ownership.web.threat;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.program.ChampionService;
import io.ownership.core.responsibility.ChampionDirectory;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskService;
import io.ownership.core.threat.BacklogItemRepository;
import io.ownership.core.threat.ThreatDirectory;
import io.ownership.core.threat.ThreatModelRepository;
import io.ownership.core.threat.ThreatService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threat-modeling use cases as a bean.
 */
@Configuration(proxyBeanMethods = false)
class ThreatConfiguration {

	@Bean
	ThreatService threatService(BacklogItemRepository items, ThreatModelRepository models, ProductRepository products,
			ThreatDirectory directory, RiskPeople people, ChampionDirectory champions, RiskService risks,
			ChampionService program, AuditLog audit, Clock clock) {
		return new ThreatService(items, models, products, directory, people, champions, risks, program, audit, clock);
	}

}
