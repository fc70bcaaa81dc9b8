package io.ownership.web.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The risk pages run as many SQL statements on a small as on a larger dataset: a risk
 * with one acceptance as one with thirteen, the approvals inbox with one pending request
 * as with thirty-one, the register's two filters on a few risks as on 2,000 more. Each
 * page is requested once before it is counted, so that figures kept in memory until their
 * data changes (training) are not counted against one dataset only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class RiskPagesStatementCountTests extends RiskWebTestSupport {

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RiskPages riskPages;

	Actor po;

	List<Actor> managers;

	@BeforeEach
	void people() {
		this.po = RiskOrganization.actor(this.org.po, Role.PRODUCT_OWNER);
		this.managers = List.of(RiskOrganization.actor(this.org.manager, Role.SECURITY_MANAGER),
				RiskOrganization.actor(this.org.manager2, Role.SECURITY_MANAGER));
	}

	@Test
	void aRiskPageRunsAsManyStatementsWithThirteenAcceptancesAsWithTwo() throws Exception {
		Risk small = riskWithHistory("Small", 1);
		Risk large = riskWithHistory("Large", 12);

		for (String[] viewer : new String[][] { { this.org.po, "PRODUCT_OWNER" },
				{ this.org.manager, "SECURITY_MANAGER" } }) {
			int smallCount = count("/risks/" + small.id(), viewer, "Attempt 0", "Small affected 0");
			int largeCount = count("/risks/" + large.id(), viewer, "Attempt 11", "Large affected 11");
			assertThat(largeCount).as("statements of a risk page for %s", viewer[1]).isEqualTo(smallCount);
			assertThat(smallCount).isBetween(1, 30);
		}
	}

	/**
	 * The page's read models share one read-only transaction and its connection (they
	 * opened seven of each).
	 */
	@Test
	void theRiskOwnersPageLoadsTheGuardrailsInForceOnceForTheDefaultExpiryAndTheVerdict() throws Exception {
		Risk risk = this.risks.register(this.po,
				new NewRisk(this.org.shop.id(),
						new RiskDescription("Guardrails once " + this.org.suffix, null, RiskSource.PEN_TEST, "PT-2"), 3,
						4, new RiskFlags(Set.of(), false, null), Set.of()));
		String[] owner = { this.org.po, "PRODUCT_OWNER" };

		count("/risks/" + risk.id(), owner, "id=\"acceptance-form\"");

		assertThat(StatementCounter.count("risk_policy")).as("reads of the organization's guardrails").isEqualTo(1);
		assertThat(StatementCounter.count("product_guardrails")).as("reads of the product's guardrails").isEqualTo(1);
	}

	@Test
	void theApprovalsInboxRunsAsManyStatementsForThirtyOnePendingRequestsAsForOne() throws Exception {
		try {
			pendingRequests("First", 1);
			String[] manager = { this.org.manager2, "SECURITY_MANAGER" };
			int small = count("/approvals?size=200", manager, "First 0 " + this.org.suffix);

			pendingRequests("More", 30);
			int large = count("/approvals?size=200", manager, "More 29 " + this.org.suffix,
					"Approved so far by " + this.org.manager);

			assertThat(large).isEqualTo(small).isBetween(1, 5);
		}
		finally {
			this.org.withdrawPendingRequests(this.jdbc, this.acceptances);
		}
	}

	@Test
	void theRegisterWithTwoFiltersRunsAsManyStatementsFor2000MoreRisks() throws Exception {
		try {
			insertHighOpenRisks("Few", 3);
			String[] member = { this.org.member, "TEAM_MEMBER" };
			String highAndOpen = "/risks?level=HIGH&status=OPEN";
			int small = count(highAndOpen, member, "Few 0 " + this.org.suffix);

			insertHighOpenRisks("Many", 2_000);
			int large = count(highAndOpen, member, "Many 0 " + this.org.suffix);

			assertThat(large).isEqualTo(small).isBetween(1, 5);
		}
		finally {
			this.jdbc.update("delete from risk where product_id = ?", this.org.shop.id().value());
		}
	}

	/**
	 * Statements of the page's second request as the viewer; the first warms what the
	 * application keeps in memory.
	 */
	private int count(String url, String[] viewer, String... mustShow) throws Exception {
		this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(user(viewer[0]).roles(viewer[1])))
			.andExpect(status().isOk());
		StatementCounter.reset();
		String page = this.mvc
			.perform(get(url).header("Cache-Control", "no-cache").with(user(viewer[0]).roles(viewer[1])))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int statements = StatementCounter.count();
		assertThat(page).contains(mustShow);
		return statements;
	}

	/**
	 * A high risk of the shop affecting {@code n} other products and concerning {@code n}
	 * of its assets, with {@code n} acceptance requests withdrawn or rejected (so
	 * escalated, because it affects other products) and then one approved.
	 */
	private Risk riskWithHistory(String name, int n) {
		Set<ProductId> affected = new HashSet<>();
		Set<AssetId> assets = new HashSet<>();
		for (int i = 0; i < n; i++) {
			affected.add(
					this.catalog
						.defineProduct(Actor.SYSTEM,
								new ProductDefinition(name + " affected " + i + " " + this.org.suffix,
										ProductKind.BUSINESS_SERVICE, null, null, null, null, Set.of()))
						.id());
			assets.add(
					this.catalog
						.registerAsset(Actor.SYSTEM, new AssetDefinition(name + " repo " + i + " " + this.org.suffix,
								AssetType.CODE_REPOSITORY, null, null, this.org.shop.id(), null, this.org.shop.id()))
						.id());
		}
		Risk risk = this.risks.register(this.po,
				new NewRisk(this.org.shop.id(),
						new RiskDescription(name + " risk " + this.org.suffix, null, RiskSource.PEN_TEST, "PT-1"), 3, 4,
						new RiskFlags(affected, false, null), assets));
		for (int i = 0; i < n; i++) {
			RiskAcceptance request = this.acceptances.request(this.po, risk.id(),
					new AcceptanceRequest("Attempt " + i, null, null));
			if (i % 2 == 0) {
				this.acceptances.withdraw(this.po, request.id(), "Not yet", request.version());
			}
			else {
				this.acceptances.reject(this.managers.get(0), request.id(), "Not like this", request.version());
			}
		}
		RiskAcceptance accepted = this.acceptances.request(this.po, risk.id(),
				new AcceptanceRequest("Compensated by the WAF", "WAF rule", null));
		for (Actor manager : this.managers) {
			if (accepted.status() == AcceptanceStatus.PENDING) {
				accepted = this.acceptances.approve(manager, accepted.id(), "Agreed", accepted.version());
			}
		}
		assertThat(accepted.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		return this.risks.load(risk.id());
	}

	/**
	 * {@code n} risks of the shop, each with an acceptance request waiting: high ones
	 * need one approval, every third is critical, needs two and has one.
	 */
	private void pendingRequests(String name, int n) {
		for (int i = 0; i < n; i++) {
			boolean critical = i % 3 == 2;
			Risk risk = this.risks.register(this.po,
					new NewRisk(this.org.shop.id(),
							new RiskDescription(name + " " + i + " " + this.org.suffix, null, RiskSource.AUDIT, null),
							critical ? 5 : 3, critical ? 5 : 4, RiskFlags.NONE, Set.of()));
			RiskAcceptance request = this.acceptances.request(this.po, risk.id(),
					new AcceptanceRequest("Waiting " + i, null, null));
			assertThat(request.status()).isEqualTo(AcceptanceStatus.PENDING);
			if (critical) {
				RiskAcceptance half = this.acceptances.approve(this.managers.get(0), request.id(), "One of two",
						request.version());
				assertThat(half.status()).isEqualTo(AcceptanceStatus.PENDING);
			}
		}
	}

	/**
	 * {@code n} high open risks of the shop, scored 16 and identified in the coming hour,
	 * so that the register shows the first of them on top; deleted after the test.
	 */
	private void insertHighOpenRisks(String name, int n) {
		List<Object[]> rows = new ArrayList<>();
		Instant soon = Instant.now().plusSeconds(3_600);
		for (int i = 0; i < n; i++) {
			rows.add(new Object[] { UUID.randomUUID(), this.org.shop.id().value(),
					name + " " + i + " " + this.org.suffix, Timestamp.from(soon.minusMillis(i)) });
		}
		this.jdbc.batchUpdate(
				"""
						insert into risk (id, product_id, title, source, likelihood, impact, score, level, status, identified_at)
						values (?, ?, ?, 'VULNERABILITY', 4, 4, 16, 'HIGH', 'OPEN', ?)
						""",
				rows);
	}

}
