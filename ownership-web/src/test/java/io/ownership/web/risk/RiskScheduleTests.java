package io.ownership.web.risk;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskJobs;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled acceptance jobs on the real database: each acceptance in a transaction of
 * its own, so that one that fails (here refused by a trigger, as a stale version or a
 * broken row would be) is skipped and the others of the run are kept; and every state the
 * data can be in, such as an acceptance whose requester is vacant.
 */
@SpringBootTest
class RiskScheduleTests {

	@Autowired
	RiskSchedule schedule;

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptanceService;

	@Autowired
	AcceptanceRepository acceptances;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAcceptanceThatFailsIsSkippedAndTheOthersOfTheRunAreKept() {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		RiskAcceptance failing = dueAcceptance(org, "Failing");
		RiskAcceptance kept = dueAcceptance(org, "Kept");
		this.jdbc.execute("""
				create function refuse_one_acceptance() returns trigger language plpgsql as $$
				begin
				    raise exception 'refused for the test';
				end;
				$$""");
		this.jdbc.execute("create trigger refuse_one_acceptance before update on risk_acceptance for each row "
				+ "when (old.id = '" + failing.id().value() + "') execute function refuse_one_acceptance()");
		RiskJobs.Run run;
		try {
			run = this.schedule.run();
		}
		finally {
			this.jdbc.execute("drop trigger refuse_one_acceptance on risk_acceptance");
			this.jdbc.execute("drop function refuse_one_acceptance()");
		}

		assertThat(run.ran()).isTrue();
		assertThat(run.failed()).isGreaterThanOrEqualTo(1);
		assertThat(this.acceptances.findById(kept.id()).orElseThrow().status()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThat(this.acceptances.findById(failing.id()).orElseThrow().status()).isEqualTo(AcceptanceStatus.ACTIVE);
	}

	@Test
	void anAcceptanceWhoseRequesterIsVacantIsRemindedOfAndExpires() {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		RiskAcceptance vacant = dueAcceptance(org, "Vacant");
		this.jdbc.update("update risk_acceptance set requester_id = null, expires_on = ? where id = ?",
				LocalDate.now().plusDays(3), vacant.id().value());

		this.schedule.run();
		assertThat(this.acceptances.findById(vacant.id()).orElseThrow().reminderSentAt()).isNotNull();

		this.jdbc.update("update risk_acceptance set expires_on = ? where id = ?", LocalDate.now().minusDays(1),
				vacant.id().value());
		this.schedule.run();
		assertThat(this.acceptances.findById(vacant.id()).orElseThrow().status()).isEqualTo(AcceptanceStatus.EXPIRED);
	}

	/**
	 * An acceptance the risk owner made alone, moved past its expiry in the database.
	 */
	private RiskAcceptance dueAcceptance(RiskOrganization org, String title) {
		Risk risk = this.risks.register(RiskOrganization.actor(org.po, Role.PRODUCT_OWNER), new NewRisk(org.shop.id(),
				new RiskDescription(title + " " + org.suffix + " " + System.nanoTime(), null, RiskSource.AUDIT, null),
				2, 2, RiskFlags.NONE, Set.of()));
		RiskAcceptance acceptance = this.acceptanceService.request(RiskOrganization.actor(org.po, Role.PRODUCT_OWNER),
				risk.id(), new AcceptanceRequest("Accepted for the test", null, LocalDate.now().plusDays(30)));
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		this.jdbc.update("update risk_acceptance set expires_on = ? where id = ?", LocalDate.now().minusDays(2),
				acceptance.id().value());
		return acceptance;
	}

}
