package io.ownership.web.demo;

import java.util.List;
import java.util.Set;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionDirectory;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationJob;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.StepDraft;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.core.shared.Actor;
import io.ownership.web.escalation.EscalationSchedule;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo escalation paths, each set only while its use case has none: the risk triggers
 * follow Vulnerability management (whose matrix holds "Accept residual risk"): the risk
 * owner after 1 working day, then the head of security, Helena Schmidt
 * ({@code head-sec}), 2 working days later; overdue actions follow Security engineering:
 * the team after 2 working days, then the head of security 3 working days later; resolved
 * incidents without a post-mortem follow Incident management: the product owner after 2
 * working days, then the head of security 2 working days later. Then the job runs once,
 * so that the acceptance request the demo made six days ago is escalated to the head of
 * security right after start.
 */
@Component
@Profile("demo")
@Order(70)
class DemoEscalations implements ApplicationRunner {

	static final String HEAD_OF_SECURITY = "head-sec";

	private static final Log logger = LogFactory.getLog(DemoEscalations.class);

	private static final Actor SARA = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private final EscalationService service;

	private final UseCaseRepository useCases;

	private final ActionDirectory people;

	private final EscalationSchedule schedule;

	private final EscalationJob job;

	DemoEscalations(EscalationService service, UseCaseRepository useCases, ActionDirectory people,
			EscalationSchedule schedule, EscalationJob job) {
		this.service = service;
		this.useCases = useCases;
		this.people = people;
		this.schedule = schedule;
		this.job = job;
	}

	@Override
	public void run(ApplicationArguments args) {
		PersonId head = this.people.personOf(HEAD_OF_SECURITY).orElse(null);
		if (head == null) {
			logger.warn("No head of security (" + HEAD_OF_SECURITY + "): no demo escalation paths");
			return;
		}
		path("Vulnerability management",
				List.of(new StepDraft(PartyRole.RISK_OWNER, null, 1, DelayUnit.WORKING_DAYS),
						new StepDraft(null, head, 2, DelayUnit.WORKING_DAYS)),
				Set.of("acceptance.pending", "acceptance.expired", "treatment.overdue", "risk.undecided",
						"riskOwner.vacant"));
		path("Security engineering", List.of(new StepDraft(PartyRole.DEVELOPMENT_TEAM, null, 2, DelayUnit.WORKING_DAYS),
				new StepDraft(null, head, 3, DelayUnit.WORKING_DAYS)), Set.of("action.overdue"));
		path("Incident management", List.of(new StepDraft(PartyRole.PRODUCT_OWNER, null, 2, DelayUnit.WORKING_DAYS),
				new StepDraft(null, head, 2, DelayUnit.WORKING_DAYS)), Set.of("incident.noPostMortem"));
		EscalationJob.Run run = this.schedule.run(this.job);
		logger.info("Demo escalations: " + run.told() + " steps told; log in as " + HEAD_OF_SECURITY
				+ " to see them on the home page");
	}

	private void path(String useCaseName, List<StepDraft> steps, Set<String> triggers) {
		UseCase useCase = this.useCases.findByName(useCaseName).orElse(null);
		if (useCase == null || !this.service.path(useCase.id()).isNew()) {
			return;
		}
		Set<String> free = new java.util.LinkedHashSet<>(triggers);
		free.removeAll(this.service.triggerOwners().keySet());
		this.service.define(SARA, useCase.id(), -1, steps, free);
	}

}
