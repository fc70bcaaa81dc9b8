package io.ownership.persistence.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.Artifact;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateEvaluation;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateQuery.EvaluationFilter;
import io.ownership.core.gate.GateQuery.EvaluationRow;
import io.ownership.core.gate.GateQuery.HistoryFilter;
import io.ownership.core.gate.GateQuery.ProductEvaluation;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.ReasonCode;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate's query port on PostgreSQL: a product's state and filtered history, every
 * product's evaluations by team, kind and days, the failing products and the pass rate.
 * The evaluations are recorded in 2001, a year no other test uses, so that the counts
 * across products are this test's own.
 */
@PersistenceTest
class GateQueryPersistenceTests {

	static final Instant DAY_ONE = Instant.parse("2001-03-01T10:00:00Z");

	@Autowired
	JdbcGateQuery query;

	@Autowired
	JdbcGateRepository gate;

	@Autowired
	JdbcClient jdbc;

	UUID team;

	@BeforeEach
	void team() {
		this.team = UUID.randomUUID();
		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", this.team)
			.param("name", "Team " + this.team)
			.update();
	}

	@Test
	void aProductsStateIsItsLatestEvaluationAndItsHistoryFiltersByDecisionArtifactAndDays() {
		ProductId shop = product("Shop", "BUSINESS_SERVICE");
		record(shop, "shop-api 1.0", Decision.FAIL, DAY_ONE);
		record(shop, "shop-api 1.1", Decision.PASS, DAY_ONE.plusSeconds(86_400));
		record(shop, "shop-web 2.0", Decision.FAIL, DAY_ONE.plusSeconds(2 * 86_400));

		assertThat(this.query.current(shop)).get()
			.satisfies((row) -> assertThat(row.artifact()).isEqualTo("shop-web 2.0"));
		Page<EvaluationRow> all = this.query.history(shop, HistoryFilter.NONE, PageRequest.of(0, 2));
		assertThat(all.totalElements()).isEqualTo(3);
		assertThat(all.content()).extracting(EvaluationRow::artifact).containsExactly("shop-web 2.0", "shop-api 1.1");
		assertThat(this.query.history(shop, new HistoryFilter(Decision.FAIL, "API", null, null), PageRequest.of(0, 10))
			.content()).extracting(EvaluationRow::artifact).containsExactly("shop-api 1.0");
		List<EvaluationRow> exported = new ArrayList<>();
		this.query.export(shop, new HistoryFilter(null, null, LocalDate.of(2001, 3, 2), LocalDate.of(2001, 3, 2)), 10,
				exported::add);
		assertThat(exported).extracting(EvaluationRow::artifact).containsExactly("shop-api 1.1");
		EvaluationRow failed = this.query
			.history(shop, new HistoryFilter(Decision.FAIL, "web", null, null), PageRequest.of(0, 1))
			.content()
			.get(0);
		assertThat(failed.reasons()).extracting(GateReason::code).containsExactly(ReasonCode.OPEN_RISK);
		assertThat(failed.tokenName()).isEqualTo("ci");
	}

	@Test
	void everyProductsEvaluationsFilterByTeamKindAndDaysAndTheFailingListAndPassRateCountThem() {
		ProductId shop = product("Shop", "BUSINESS_SERVICE");
		ProductId library = product("Library", "PLATFORM");
		record(shop, "shop 1", Decision.FAIL, DAY_ONE);
		record(library, "lib 1", Decision.PASS, DAY_ONE.plusSeconds(3600));

		EvaluationFilter ofTeam = new EvaluationFilter(null, this.team, null, HistoryFilter.NONE);
		Page<ProductEvaluation> found = this.query.evaluations(ofTeam, PageRequest.of(0, 10));
		assertThat(found.totalElements()).isEqualTo(2);
		assertThat(found.content()).extracting(ProductEvaluation::productName)
			.allSatisfy((name) -> assertThat(name).contains(this.team.toString()));
		List<ProductEvaluation> exported = new ArrayList<>();
		this.query.exportEvaluations(new EvaluationFilter(null, this.team, ProductKind.PLATFORM, HistoryFilter.NONE),
				10, exported::add);
		assertThat(exported).extracting(ProductEvaluation::product).containsExactly(library.value());
		assertThat(
				this.query
					.evaluations(
							new EvaluationFilter(null, this.team, null,
									new HistoryFilter(null, null, LocalDate.of(2001, 3, 2), null)),
							PageRequest.of(0, 10))
					.content())
			.isEmpty();

		assertThat(this.query.failing(this.team, null, PageRequest.of(0, 10)).content())
			.extracting((failing) -> failing.product())
			.containsExactly(shop.value());
		assertThat(this.query.failing(this.team, ProductKind.PLATFORM, PageRequest.of(0, 10)).content()).isEmpty();
		var rate = this.query.passRate(DAY_ONE.minusSeconds(60), DAY_ONE.plusSeconds(86_400));
		assertThat(rate.evaluations()).isEqualTo(2);
		assertThat(rate.passes()).isEqualTo(1);
		assertThat(this.query.runs(shop, 20)).isEmpty();
	}

	@Test
	void aDeletedProductTakesItsEvaluationsAndStateAlongAndGetsNoNewOne() {
		ProductId shop = product("Shop", "BUSINESS_SERVICE");
		ProductId other = product("Other", "BUSINESS_SERVICE");
		record(shop, "shop-api 1.0", Decision.FAIL, DAY_ONE);
		record(shop, "shop-api 1.1", Decision.PASS, DAY_ONE.plusSeconds(60));
		record(other, "other-api 1.0", Decision.PASS, DAY_ONE);

		this.jdbc.sql("delete from product where id = :id").param("id", shop.value()).update();

		assertThat(evaluations(shop)).isZero();
		assertThat(this.jdbc.sql("select count(*) from gate_state where product_id = :id")
			.param("id", shop.value())
			.query(Long.class)
			.single()).isZero();
		assertThat(evaluations(other)).isEqualTo(1);
		assertThatThrownBy(() -> record(shop, "shop-api 1.2", Decision.PASS, DAY_ONE.plusSeconds(120)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private long evaluations(ProductId product) {
		return this.jdbc.sql("select count(*) from gate_evaluation where product_id = :id")
			.param("id", product.value())
			.query(Long.class)
			.single();
	}

	private void record(ProductId product, String artifact, Decision decision, Instant at) {
		List<GateReason> reasons = (decision == Decision.FAIL)
				? List.of(new GateReason(ReasonCode.OPEN_RISK, "An open risk", "/risks")) : List.of();
		String[] parts = artifact.split(" ");
		this.gate.record(new GateEvaluation(product, new Artifact(parts[0], parts[1]), "prod",
				new GateDecision(decision, GateMode.ENFORCE, reasons, List.of(), at, null), "ci"));
	}

	private ProductId product(String name, String kind) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into product (id, name, kind, owning_team_id) values (:id, :name, :kind, :team)")
			.param("id", id)
			.param("name", name + " " + this.team + " " + id)
			.param("kind", kind)
			.param("team", this.team)
			.update();
		return new ProductId(id);
	}

}
