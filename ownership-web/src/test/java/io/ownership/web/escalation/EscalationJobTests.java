package io.ownership.web.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.escalation.EscalationDirectory;
import io.ownership.core.escalation.EscalationJob;
import io.ownership.core.escalation.EscalationPathRepository;
import io.ownership.core.escalation.EscalationStore;
import io.ownership.core.escalation.EscalationTrigger;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.notification.Notifier;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.JobLock;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation job on the real database with an injected clock, as the schedule runs it
 * (the lock in one transaction, each item in its own). Every test's items start waiting
 * on Monday 2026-01-05 00:00 UTC (in the past, as real data is) (a product without a risk
 * owner when the job first sees it); the path is the risk owner after 2 hours, then the
 * head of security 1 working day later. The application's own schedule is off, so that
 * only the test's runs take the lock.
 */
@SpringBootTest
class EscalationJobTests {

	static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");

	static final LocalDate SUNDAY = LocalDate.parse("2026-01-04");

	@Autowired
	ApplicationContext context;

	@Autowired
	EscalationSchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void noTriggerFollowsTheTestPathAfterwards() {
		this.jdbc.update("delete from escalation_path_trigger");
	}

	@Test
	void eachTriggerEscalatesStepByStepAtTheRightTimeOnce() {
		EscalationOrganization org = new EscalationOrganization(this.context);
		RiskAcceptance pending = org.pendingRequest("Pending");
		this.jdbc.update("update risk_acceptance set requested_at = ? where id = ?", at(MONDAY), pending.id().value());
		Risk treatment = org.risk("Treatment", 2, 2);
		this.jdbc.update(
				"update risk set status = 'IN_TREATMENT', decision = 'MITIGATE', treatment_due = ? where id = ?",
				SUNDAY, treatment.id().value());
		Risk expired = org.risk("Expired", 2, 2);
		RiskAcceptance active = this.context.getBean(AcceptanceService.class)
			.request(org.ownerActor(), expired.id(),
					new io.ownership.core.risk.acceptance.AcceptanceRequest("Low", null, LocalDate.now().plusDays(30)));
		this.jdbc.update("update risk_acceptance set status = 'EXPIRED', expires_on = ? where id = ?", SUNDAY,
				active.id().value());
		this.jdbc.update("update risk set status = 'OPEN' where id = ?", expired.id().value());
		Risk undecided = org.risk("Undecided", 4, 4);
		this.jdbc.update("update risk set identified_at = ? where id = ?", at(MONDAY), undecided.id().value());
		Product vacant = this.context.getBean(CatalogService.class)
			.defineProduct(Actor.SYSTEM, new ProductDefinition("Escalation vacant " + org.suffix,
					ProductKind.BUSINESS_SERVICE, null, org.team.id(), null, null, java.util.Set.of()));
		FollowUpAction action = org.action("Overdue action");
		this.jdbc.update("update follow_up_action set due_on = ? where id = ?", SUNDAY, action.id().value());
		SecurityIncident incident = this.context.getBean(IncidentService.class)
			.report(org.ownerActor(), org.shop.id(), new IncidentDetails(
					"Incident " + org.suffix, null, RiskLevel.HIGH, new IncidentTimes(Instant.now().minusSeconds(3600),
							Instant.now().minusSeconds(1800), Instant.now().minusSeconds(60)),
					java.util.Set.of(), java.util.Set.of()));
		this.jdbc.update("update security_incident set detected_at = ?, contained_at = ?, resolved_at = ? where id = ?",
				at(MONDAY.minusSeconds(7200)), at(MONDAY.minusSeconds(3600)), at(MONDAY), incident.id().value());
		List<String> items = List.of(pending.id().toString(), treatment.id() + ":" + SUNDAY, active.id().toString(),
				undecided.id().toString(), vacant.id().toString(), action.id().toString(), incident.id().toString());

		run(MONDAY.plus(Duration.ofMinutes(119)));
		assertThat(told(items, 0)).as("nothing is due before 2 hours").isEmpty();

		run(MONDAY.plus(Duration.ofHours(2)));
		assertThat(told(items, 0))
			.as("every item but the vacant risk owner's, whose clock started when the job first saw it")
			.containsExactlyInAnyOrder(items.get(0), items.get(1), items.get(2), items.get(3), items.get(5),
					items.get(6));
		run(MONDAY.plus(Duration.ofHours(2)).plusSeconds(60));
		assertThat(notifications(org.owner, "Pending " + org.suffix)).as("told once").isEqualTo(1);
		assertThat(told(items, 0)).hasSize(6);

		run(MONDAY.plus(Duration.ofMinutes(119 + 119)));
		assertThat(told(items, 0)).hasSize(6);
		run(MONDAY.plus(Duration.ofMinutes(119 + 120)));
		assertThat(told(items, 0)).hasSize(7);
		assertThat(notifications(org.owner, "Escalation vacant " + org.suffix))
			.as("the risk owner of a product without one is nobody")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select party from escalation_notice n join escalation e on e.id = n.escalation_id where e.item = ?",
				String.class, action.id().toString()))
			.as("the action has no product: its risk owner step is recorded as nobody")
			.isEqualTo("risk owner (nobody for an item without a product)");

		run(MONDAY.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(119)));
		assertThat(told(items, 1)).as("the second step is 1 working day after the first").isEmpty();
		run(MONDAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
		run(MONDAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
		assertThat(told(items, 1)).containsExactlyInAnyOrder(items.get(0), items.get(1), items.get(2), items.get(3),
				items.get(5), items.get(6));
		assertThat(notifications(org.head, org.suffix)).as("the head of security, once per item").isEqualTo(6);
		assertThat(notifications(org.owner, org.suffix)).as("the risk owner, once per item with one").isEqualTo(5);
		assertThat(this.jdbc.queryForList("""
				select a.summary from audit_event a where a.action = 'escalation.raised' and a.entity_id = ?
				order by a.id""", String.class, org.shop.id().toString())).hasSize(10)
			.anySatisfy((summary) -> assertThat(summary).contains("Pending " + org.suffix)
				.contains("to " + org.head)
				.contains("step 2 of 2"));
	}

	@Test
	void workingDaysSkipTheWeekend() {
		EscalationOrganization org = new EscalationOrganization(this.context);
		RiskAcceptance pending = org.pendingRequest("Friday");
		Instant friday = MONDAY.minus(Duration.ofDays(3)).plus(Duration.ofHours(10));
		this.jdbc.update("update risk_acceptance set requested_at = ? where id = ?", at(friday), pending.id().value());

		run(friday.plus(Duration.ofHours(2)));
		run(friday.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
		run(friday.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
		assertThat(told(List.of(pending.id().toString()), 1)).as("not on Saturday nor Sunday").isEmpty();

		run(friday.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
		assertThat(told(List.of(pending.id().toString()), 1)).as("on Monday").hasSize(1);
	}

	@Test
	void aResolvedItemStopsEscalatingAndItsEscalationCloses() {
		EscalationOrganization org = new EscalationOrganization(this.context);
		RiskAcceptance pending = org.pendingRequest("Resolved");
		this.jdbc.update("update risk_acceptance set requested_at = ? where id = ?", at(MONDAY), pending.id().value());
		run(MONDAY.plus(Duration.ofHours(3)));
		assertThat(told(List.of(pending.id().toString()), 0)).hasSize(1);

		AcceptanceService acceptances = this.context.getBean(AcceptanceService.class);
		acceptances.withdraw(org.ownerActor(), pending.id(), "Treating it instead",
				acceptances.load(pending.id()).version());
		run(MONDAY.plus(Duration.ofDays(2)));

		assertThat(told(List.of(pending.id().toString()), 1)).as("no second step").isEmpty();
		assertThat(notifications(org.head, "Acceptance request for \"Resolved " + org.suffix)).isZero();
		assertThat(this.jdbc.queryForObject("select closed_at is not null from escalation where item = ?",
				Boolean.class, pending.id().toString()))
			.isTrue();
		assertThat(this.jdbc.queryForList(
				"select summary from audit_event where action = 'escalation.closed' and entity_id = ?", String.class,
				org.shop.id().toString()))
			.singleElement()
			.satisfies((summary) -> assertThat(summary).contains("Resolved " + org.suffix)
				.contains("acceptance request pending resolved"));
		assertThat(this.context.getBean(EscalationPanels.class).ofProduct(org.shop.id().value()))
			.as("the product page no longer lists the request")
			.isEmpty();
	}

	@Test
	void aRestartAfterDowntimeCatchesUpWithoutDuplicates() {
		EscalationOrganization org = new EscalationOrganization(this.context);
		RiskAcceptance pending = org.pendingRequest("Downtime");
		this.jdbc.update("update risk_acceptance set requested_at = ? where id = ?", at(MONDAY), pending.id().value());

		Instant wednesday = MONDAY.plus(Duration.ofDays(2));
		run(wednesday);
		assertThat(told(List.of(pending.id().toString()), 0)).hasSize(1);
		assertThat(told(List.of(pending.id().toString()), 1)).hasSize(1);
		assertThat(this.jdbc.queryForList(
				"select due_at from escalation_notice n join escalation e "
						+ "on e.id = n.escalation_id where e.item = ? order by step",
				java.sql.Timestamp.class, pending.id().toString()))
			.extracting(java.sql.Timestamp::toInstant)
			.as("each step due from the start, not from the run")
			.containsExactly(MONDAY.plus(Duration.ofHours(2)),
					MONDAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));

		run(wednesday.plus(Duration.ofMinutes(10)));
		assertThat(notifications(org.owner, "Downtime " + org.suffix)).isEqualTo(1);
		assertThat(notifications(org.head, "Downtime " + org.suffix)).isEqualTo(1);
		assertThat(this.context.getBean(EscalationPanels.class).toldTo(org.head))
			.filteredOn((row) -> row.title().contains(org.suffix))
			.singleElement()
			.satisfies((row) -> assertThat(row.step()).isEqualTo(2));
	}

	@Test
	void twoInstancesOnOneDatabaseEscalateOnce() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context);
		RiskAcceptance pending = org.pendingRequest("Twice");
		this.jdbc.update("update risk_acceptance set requested_at = ? where id = ?", at(MONDAY), pending.id().value());
		Instant tuesday = MONDAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(3));
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<EscalationJob.Run> a = CompletableFuture.supplyAsync(() -> runTogether(tuesday, together));
		CompletableFuture<EscalationJob.Run> b = CompletableFuture.supplyAsync(() -> runTogether(tuesday, together));
		CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

		assertThat(told(List.of(pending.id().toString()), 0)).hasSize(1);
		assertThat(told(List.of(pending.id().toString()), 1)).hasSize(1);
		assertThat(notifications(org.owner, "Twice " + org.suffix)).isEqualTo(1);
		assertThat(notifications(org.head, "Twice " + org.suffix)).isEqualTo(1);
	}

	private EscalationJob.Run runTogether(Instant now, CyclicBarrier together) {
		EscalationJob job = job(now);
		try {
			together.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return this.schedule.run(job);
	}

	private EscalationJob.Run run(Instant now) {
		EscalationJob.Run run = this.schedule.run(job(now));
		assertThat(run.ran()).isTrue();
		return run;
	}

	/** A job as another instance of the application would have it, with its own clock. */
	private EscalationJob job(Instant now) {
		List<EscalationTrigger> triggers = this.context.getBeanProvider(EscalationTrigger.class)
			.orderedStream()
			.toList();
		return new EscalationJob(triggers, bean(EscalationPathRepository.class), bean(EscalationStore.class),
				bean(ProductResponsibilities.class), bean(EscalationDirectory.class), bean(ActionDirectory.class),
				bean(Notifier.class), bean(JobLock.class), bean(AuditLog.class), Clock.fixed(now, ZoneOffset.UTC));
	}

	private <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The items among the given ones whose step (from 0) was told. */
	private List<String> told(List<String> items, int step) {
		return this.jdbc.queryForList("""
				select e.item from escalation e join escalation_notice n on n.escalation_id = e.id
				where n.step = ? and e.item = any (?)
				""", String.class, step, items.toArray(new String[0]));
	}

	private int notifications(String username, String text) {
		return this.jdbc.queryForObject("""
				select count(*) from notification n join user_account a on a.id = n.recipient_id
				where a.username = ? and n.text like '%' || ? || '%' and n.text like 'Escalated to you%'
				""", Integer.class, username, text);
	}

	private static java.sql.Timestamp at(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}

}
