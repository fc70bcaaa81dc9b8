package io.ownership.persistence.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.risk.Treatment;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risks in the {@code risk} table of V30 with their affected products and assets. An
 * update names the version it read and is refused when another changed the row since.
 */
@Repository
@Transactional(readOnly = true)
class JdbcRiskRepository implements RiskRepository {

	private final JdbcClient jdbc;

	JdbcRiskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Risk> findById(RiskId id) {
		Set<ProductId> affected = new HashSet<>(
				this.jdbc.sql("select product_id from risk_affected_product where risk_id = :id")
					.param("id", id.value())
					.query((rs, n) -> new ProductId(rs.getObject(1, UUID.class)))
					.list());
		Set<AssetId> assets = new HashSet<>(this.jdbc.sql("select asset_id from risk_asset where risk_id = :id")
			.param("id", id.value())
			.query((rs, n) -> new AssetId(rs.getObject(1, UUID.class)))
			.list());
		return this.jdbc.sql("select * from risk where id = :id")
			.param("id", id.value())
			.query((rs, n) -> toDomain(rs, affected, assets))
			.optional();
	}

	@Override
	@Transactional
	public void save(Risk risk) {
		boolean exists = this.jdbc.sql("select count(*) from risk where id = :id")
			.param("id", risk.id().value())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			int updated = params(this.jdbc.sql("""
					update risk set title = :title, description = :description, source = :source,
					  reference = :reference, likelihood = :likelihood, impact = :impact, score = :score,
					  level = :level, affects_other_products = :affects, involves_customer_data = :customerData,
					  violates_requirement = :violates, violated_requirement = :requirement,
					  recommendation = :recommendation, recommendation_note = :recommendationNote,
					  decision = :decision, decision_note = :decisionNote, status = :status,
					  treatment_plan = :plan, treatment_due = :due, closed_at = :closedAt, decided_at = :decidedAt,
					  version = version + 1
					where id = :id and version = :version
					"""), risk).param("version", risk.version()).update();
			if (updated == 0) {
				throw new StaleVersionException("Risk", risk.id());
			}
			this.jdbc.sql("delete from risk_affected_product where risk_id = :id")
				.param("id", risk.id().value())
				.update();
			this.jdbc.sql("delete from risk_asset where risk_id = :id").param("id", risk.id().value()).update();
		}
		else {
			params(this.jdbc.sql("""
					insert into risk (id, product_id, title, description, source, reference, likelihood, impact,
					  score, level, affects_other_products, involves_customer_data, violates_requirement,
					  violated_requirement, recommendation, recommendation_note, decision, decision_note, status,
					  treatment_plan, treatment_due, identified_at, closed_at, decided_at)
					values (:id, :product, :title, :description, :source, :reference, :likelihood, :impact, :score,
					  :level, :affects, :customerData, :violates, :requirement, :recommendation,
					  :recommendationNote, :decision, :decisionNote, :status, :plan, :due, :identifiedAt, :closedAt,
					  :decidedAt)
					"""), risk).param("product", risk.product().value())
				.param("identifiedAt", Timestamp.from(risk.identifiedAt()))
				.update();
		}
		for (ProductId product : risk.flags().affectedProducts()) {
			this.jdbc.sql("insert into risk_affected_product (risk_id, product_id) values (:risk, :product)")
				.param("risk", risk.id().value())
				.param("product", product.value())
				.update();
		}
		for (AssetId asset : risk.assets()) {
			this.jdbc.sql("insert into risk_asset (risk_id, asset_id) values (:risk, :asset)")
				.param("risk", risk.id().value())
				.param("asset", asset.value())
				.update();
		}
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Risk risk) {
		return spec.param("id", risk.id().value())
			.param("title", risk.title())
			.param("description", risk.description())
			.param("source", risk.source().name())
			.param("reference", risk.reference())
			.param("likelihood", risk.likelihood())
			.param("impact", risk.impact())
			.param("score", risk.score())
			.param("level", risk.level().name())
			.param("affects", risk.flags().affectsOtherProducts())
			.param("customerData", risk.flags().involvesCustomerData())
			.param("violates", risk.flags().violatesRequirement())
			.param("requirement", risk.flags().violatedRequirement())
			.param("recommendation", name(risk.recommendation()))
			.param("recommendationNote", risk.recommendationNote())
			.param("decision", name(risk.decision()))
			.param("decisionNote", risk.decisionNote())
			.param("status", risk.status().name())
			.param("plan", risk.treatmentPlan())
			.param("due", risk.treatmentDue())
			.param("closedAt", (risk.closedAt() == null) ? null : Timestamp.from(risk.closedAt()))
			.param("decidedAt", (risk.decidedAt() == null) ? null : Timestamp.from(risk.decidedAt()));
	}

	private static String name(Enum<?> value) {
		return (value == null) ? null : value.name();
	}

	private static Risk toDomain(ResultSet rs, Set<ProductId> affected, Set<AssetId> assets) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		Timestamp decided = rs.getTimestamp("decided_at");
		java.sql.Date due = rs.getDate("treatment_due");
		return new Risk(new RiskId(rs.getObject("id", UUID.class)),
				new ProductId(rs.getObject("product_id", UUID.class)), rs.getString("title"),
				rs.getString("description"), RiskSource.valueOf(rs.getString("source")), rs.getString("reference"),
				rs.getInt("likelihood"), rs.getInt("impact"), RiskLevel.valueOf(rs.getString("level")),
				new RiskFlags(affected, rs.getBoolean("involves_customer_data"), rs.getString("violated_requirement")),
				assets, treatment(rs.getString("recommendation")), rs.getString("recommendation_note"),
				treatment(rs.getString("decision")), rs.getString("decision_note"),
				RiskStatus.valueOf(rs.getString("status")), rs.getString("treatment_plan"),
				(due == null) ? null : due.toLocalDate(), rs.getTimestamp("identified_at").toInstant(),
				(closed == null) ? null : closed.toInstant(), (decided == null) ? null : decided.toInstant(),
				rs.getLong("version"));
	}

	private static Treatment treatment(String value) {
		return (value == null) ? null : Treatment.valueOf(value);
	}

}
