package io.ownership.web.risk;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.AcceptanceService;
import io.ownership.core.risk.AssetScope;
import io.ownership.core.risk.GuardrailService;
import io.ownership.core.risk.GuardrailsRepository;
import io.ownership.core.risk.JobLock;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskJobs;
import io.ownership.core.risk.RiskOwnerTraining;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The risk feature's use cases as beans. The risk owner training port comes from the
 * program feature; while none is present, training is left out of the guardrails.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RiskConfiguration {

	@Bean
	RiskAccess riskAccess(ProductRepository products, RiskPeople people) {
		return new RiskAccess(products, people);
	}

	@Bean
	RiskService riskService(RiskRepository risks, AcceptanceRepository acceptances, GuardrailsRepository policy,
			RiskAccess access, AssetScope scope, RiskPeople people, Notifier notifier, AuditLog audit, Clock clock) {
		return new RiskService(risks, acceptances, policy, access, scope, people, notifier, audit, clock);
	}

	@Bean
	AcceptanceService acceptanceService(RiskRepository risks, AcceptanceRepository acceptances,
			GuardrailsRepository policy, RiskAccess access, RiskPeople people, Notifier notifier,
			RiskOwnerTraining training, AuditLog audit, Clock clock) {
		return new AcceptanceService(risks, acceptances, policy, access, people, notifier, () -> training, audit,
				clock);
	}

	@Bean
	RiskJobs riskJobs(RiskRepository risks, AcceptanceRepository acceptances, RiskPeople people, Notifier notifier,
			JobLock lock, AuditLog audit, Clock clock) {
		return new RiskJobs(risks, acceptances, people, notifier, lock, audit, clock);
	}

	@Bean
	GuardrailService guardrailService(GuardrailsRepository policy, RiskAccess access, AuditLog audit, Clock clock) {
		return new GuardrailService(policy, access, audit, clock);
	}

}
