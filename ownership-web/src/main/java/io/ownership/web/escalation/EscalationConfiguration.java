package io.ownership.web.escalation;

import java.time.Clock;
import java.util.List;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.escalation.EscalationDirectory;
import io.ownership.core.escalation.EscalationJob;
import io.ownership.core.escalation.EscalationPathRepository;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.EscalationStore;
import io.ownership.core.escalation.EscalationTrigger;
import io.ownership.core.notification.Notifier;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.UseCaseRepository;
import io.ownership.core.risk.JobLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation paths' use cases and job as beans; the triggers are every
 * {@link EscalationTrigger} bean, in their order.
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

	@Bean
	EscalationService escalationService(EscalationPathRepository paths, UseCaseRepository useCases,
			ActionDirectory people, List<EscalationTrigger> triggers, AuditLog audit, Clock clock) {
		return new EscalationService(paths, useCases, people, triggers, audit, clock);
	}

	@Bean
	EscalationJob escalationJob(List<EscalationTrigger> triggers, EscalationPathRepository paths, EscalationStore store,
			ProductResponsibilities responsibilities, EscalationDirectory directory, ActionDirectory people,
			Notifier notifier, JobLock lock, AuditLog audit, Clock clock) {
		return new EscalationJob(triggers, paths, store, responsibilities, directory, people, notifier, lock, audit,
				clock);
	}

}
