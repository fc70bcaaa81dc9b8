package io.ownership.web.incident;

import java.time.Clock;

import io.ownership.core.action.ActionService;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentRepository;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.risk.AssetScope;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The incidents' use cases as a bean.
 */
@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

	@Bean
	IncidentService incidentService(IncidentRepository incidents, IncidentQuery query, RiskAccess access,
			RiskPeople people, AssetScope assetScope, RiskService risks, ActionService actions,
			ProductResponsibilities responsibilities, AuditLog audit, Clock clock) {
		return new IncidentService(incidents, query, access, people, assetScope, risks, actions, responsibilities,
				audit, clock);
	}

}
