package io.ownership.persistence.threat;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatQuery.ItemRow;
import io.ownership.core.threat.ThreatQuery.Scope;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The read side of threat modeling ({@link JdbcThreatQuery}) on the real database: the
 * items of a product or a team with their threat counts, the figures, the triage share
 * per team, a model's threats with their risks and the headings' names.
 */
@PersistenceTest
class JdbcThreatQueryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ThreatQuery query;

	private CatalogRows rows;

	private UUID team;

	private UUID otherTeam;

	private UUID shop;

	private UUID billing;

	private UUID login;

	private UUID export;

	private UUID search;

	@BeforeEach
	void backlog() {
		this.rows = new CatalogRows(this.jdbc);
		this.team = this.rows.team("Payments");
		this.otherTeam = this.rows.team("Idle");
		this.shop = product("Shop", this.team);
		this.billing = product("Billing", this.team);
		this.login = item(this.shop, "SHOP-1", "Login with passkeys", true, LocalDate.of(2026, 3, 1), "NEEDED");
		this.export = item(this.shop, "SHOP-2", "Order export", false, LocalDate.of(2026, 3, 5), null);
		this.search = item(this.billing, "BILL-1", "Invoice search", false, LocalDate.of(2026, 2, 1), "NOT_NEEDED");
		UUID model = model(this.login, LocalDate.of(2026, 3, 20));
		threat(model, 2, "TAMPERING", "Session cookie forged", "MITIGATION_PLANNED", null);
		threat(model, 1, "SPOOFING", "Passkey of another user", "MITIGATED_IN_DESIGN", null);
		threat(model, 3, "REPUDIATION", "No record of logins", "TO_ACCEPT", risk(this.shop, "No login audit"));
	}

	@Test
	void aProductsItemsComeNewestFirstWithTheirThreatCounts() {
		Page<ItemRow> page = this.query.items(Scope.of(new ProductId(this.shop)), PageRequest.of(0, 1));

		assertThat(page.totalElements()).isEqualTo(2);
		assertThat(page.content()).extracting(ItemRow::ticket).containsExactly("SHOP-2");
		ItemRow login = this.query.items(Scope.of(new ProductId(this.shop)), PageRequest.of(1, 1)).content().get(0);
		assertThat(login.id()).isEqualTo(this.login);
		assertThat(login.productName()).isEqualTo(this.rows.name("Shop"));
		assertThat(login.modelStarted()).isTrue();
		assertThat(login.finishedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(login.threats()).isEqualTo(3);
		assertThat(login.openMitigations()).isEqualTo(1);
		assertThat(login.risks()).isEqualTo(1);
		assertThat(login.suggestsThreatModel()).isTrue();
	}

	@Test
	void aTeamsItemsAreThoseOfEveryProductItOwns() {
		assertThat(this.query.allItems(Scope.of(new TeamId(this.team)))).extracting(ItemRow::id)
			.containsExactly(this.export, this.login, this.search);
		assertThat(this.query.allItems(Scope.of(new TeamId(this.otherTeam)))).isEmpty();
	}

	@Test
	void theFiguresCountDecisionsSuggestionsModelsAndOpenMitigations() {
		ThreatQuery.Figures figures = this.query.figures(Scope.of(new TeamId(this.team)));

		assertThat(figures).isEqualTo(new ThreatQuery.Figures(3, 2, 1, 1, 1, 1));
		assertThat(this.query.figures(Scope.of(new ProductId(this.billing))))
			.isEqualTo(new ThreatQuery.Figures(1, 1, 0, 0, 0, 0));
	}

	@Test
	void theTriageShareIsPerTeamAndATeamWithoutItemsHasNone() {
		assertThat(this.query.triageShareByTeam()).filteredOn((share) -> share.teamId().equals(this.team))
			.singleElement()
			.satisfies((share) -> {
				assertThat(share.teamName()).isEqualTo(this.rows.name("Payments"));
				assertThat(share.percent()).isEqualTo(67);
			});
		assertThat(this.query.triageShareByTeam()).filteredOn((share) -> share.teamId().equals(this.otherTeam))
			.singleElement()
			.satisfies((share) -> assertThat(share.percent()).isNull());
	}

	@Test
	void aModelsThreatsComeInTheirOrderWithTheNamesOfTheirRisks() {
		assertThat(this.query.threatsOf(new BacklogItemId(this.login)))
			.extracting(ThreatQuery.ThreatRow::category, ThreatQuery.ThreatRow::status,
					ThreatQuery.ThreatRow::riskTitle)
			.containsExactly(tuple(Stride.SPOOFING, ThreatStatus.MITIGATED_IN_DESIGN, null),
					tuple(Stride.TAMPERING, ThreatStatus.MITIGATION_PLANNED, null),
					tuple(Stride.REPUDIATION, ThreatStatus.TO_ACCEPT, "No login audit"));
		assertThat(this.query.threatsOf(new BacklogItemId(this.export))).isEmpty();
	}

	@Test
	void aRiskRegisteredFromAThreatKnowsItsOrigin() {
		UUID risk = this.query.threatsOf(new BacklogItemId(this.login)).get(2).riskId();

		assertThat(this.query.originOf(new RiskId(risk))).hasValueSatisfying((origin) -> {
			assertThat(origin.itemId()).isEqualTo(this.login);
			assertThat(origin.ticket()).isEqualTo("SHOP-1");
			assertThat(origin.category()).isEqualTo(Stride.REPUDIATION);
			assertThat(origin.whatCouldGoWrong()).isEqualTo("No record of logins");
		});
		assertThat(this.query.originOf(new RiskId(risk(this.shop, "Not from a threat")))).isEmpty();
	}

	@Test
	void theHeadingsNameTheProductAndItsTeam() {
		assertThat(this.query.product(new ProductId(this.shop))).hasValueSatisfying((product) -> {
			assertThat(product.name()).isEqualTo(this.rows.name("Shop"));
			assertThat(product.teamId()).isEqualTo(this.team);
			assertThat(product.teamName()).isEqualTo(this.rows.name("Payments"));
		});
		assertThat(this.query.teamName(new TeamId(this.otherTeam))).hasValue(this.rows.name("Idle"));
		assertThat(this.query.product(new ProductId(UUID.randomUUID()))).isEmpty();
	}

	private UUID product(String name, UUID team) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into product (id, name, kind, owning_team_id) values (:id, :name, 'BUSINESS_SERVICE', :team)")
			.param("id", id)
			.param("name", this.rows.name(name))
			.param("team", team)
			.update();
		return id;
	}

	private UUID item(UUID product, String ticket, String title, boolean authentication, LocalDate triagedOn,
			String decision) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into backlog_item (id, product_id, ticket, title, authentication, customer_data,
				  external_interface, third_party_component, cryptography, platform, triaged_on, decision,
				  decision_reason)
				values (:id, :product, :ticket, :title, :authentication, false, false, false, false, false, :on,
				  :decision, :reason)
				""")
			.param("id", id)
			.param("product", product)
			.param("ticket", ticket)
			.param("title", title)
			.param("authentication", authentication)
			.param("on", triagedOn)
			.param("decision", decision)
			.param("reason", (decision == null) ? null : "Because")
			.update();
		return id;
	}

	private UUID model(UUID item, LocalDate finishedOn) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into threat_model (id, item_id, started_on, finished_on) values (:id, :item, :on, :done)")
			.param("id", id)
			.param("item", item)
			.param("on", finishedOn.minusDays(5))
			.param("done", finishedOn)
			.update();
		return id;
	}

	private void threat(UUID model, int position, String category, String what, String status, UUID risk) {
		boolean planned = "MITIGATION_PLANNED".equals(status);
		this.jdbc.sql("""
				insert into threat (id, model_id, position, category, what_could_go_wrong, how_we_ensure,
				  mitigation_ticket, status, risk_id)
				values (:id, :model, :position, :category, :what, :how, :ticket, :status, :risk)
				""")
			.param("id", UUID.randomUUID())
			.param("model", model)
			.param("position", position)
			.param("category", category)
			.param("what", what)
			.param("how", planned ? "Signed cookies" : null)
			.param("ticket", planned ? "SHOP-9" : null)
			.param("status", status)
			.param("risk", risk)
			.update();
	}

	private UUID risk(UUID product, String title) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into risk (id, product_id, title, source, likelihood, impact, score, level, status,
				  identified_at, version)
				values (:id, :product, :title, 'THREAT_MODEL', 3, 3, 9, 'MEDIUM', 'OPEN', now(), 0)
				""").param("id", id).param("product", product).param("title", title).update();
		return id;
	}

}
