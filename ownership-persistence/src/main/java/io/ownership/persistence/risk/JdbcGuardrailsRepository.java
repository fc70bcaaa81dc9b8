package io.ownership.persistence.risk;

import java.util.EnumMap;
import java.util.Map;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.risk.guardrail.ProductGuardrails;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.guardrail.RiskMatrix;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's policy row (created by V31 with the defaults) and the products'
 * stricter guardrails.
 */
@Repository
@Transactional(readOnly = true)
class JdbcGuardrailsRepository implements GuardrailsRepository {

	private final JdbcClient jdbc;

	JdbcGuardrailsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Guardrails organization() {
		return this.jdbc.sql("select * from risk_policy where id = 1").query((rs, n) -> {
			Map<RiskLevel, Integer> days = new EnumMap<>(RiskLevel.class);
			days.put(RiskLevel.LOW, rs.getInt("max_days_low"));
			days.put(RiskLevel.MEDIUM, rs.getInt("max_days_medium"));
			days.put(RiskLevel.HIGH, rs.getInt("max_days_high"));
			days.put(RiskLevel.CRITICAL, rs.getInt("max_days_critical"));
			return new Guardrails(RiskLevel.valueOf(rs.getString("autonomy_limit")), days);
		}).optional().orElse(Guardrails.DEFAULT);
	}

	@Override
	@Transactional
	public void saveOrganization(Guardrails guardrails) {
		this.jdbc.sql("""
				update risk_policy set autonomy_limit = :limit, max_days_low = :low, max_days_medium = :medium,
				  max_days_high = :high, max_days_critical = :critical where id = 1
				""")
			.param("limit", guardrails.autonomyLimit().name())
			.param("low", guardrails.maxDays(RiskLevel.LOW))
			.param("medium", guardrails.maxDays(RiskLevel.MEDIUM))
			.param("high", guardrails.maxDays(RiskLevel.HIGH))
			.param("critical", guardrails.maxDays(RiskLevel.CRITICAL))
			.update();
	}

	@Override
	public RiskMatrix matrix() {
		return this.jdbc.sql("select low_max, medium_max, high_max from risk_policy where id = 1")
			.query((rs, n) -> new RiskMatrix(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.optional()
			.orElse(RiskMatrix.DEFAULT);
	}

	@Override
	@Transactional
	public void saveMatrix(RiskMatrix matrix) {
		this.jdbc.sql("update risk_policy set low_max = :low, medium_max = :medium, high_max = :high where id = 1")
			.param("low", matrix.lowMax())
			.param("medium", matrix.mediumMax())
			.param("high", matrix.highMax())
			.update();
	}

	@Override
	public ProductGuardrails forProduct(ProductId product) {
		return this.jdbc.sql("select * from product_guardrails where product_id = :id")
			.param("id", product.value())
			.query((rs, n) -> {
				Map<RiskLevel, Integer> days = new EnumMap<>(RiskLevel.class);
				days.put(RiskLevel.LOW, (Integer) rs.getObject("max_days_low"));
				days.put(RiskLevel.MEDIUM, (Integer) rs.getObject("max_days_medium"));
				days.put(RiskLevel.HIGH, (Integer) rs.getObject("max_days_high"));
				days.put(RiskLevel.CRITICAL, (Integer) rs.getObject("max_days_critical"));
				String limit = rs.getString("autonomy_limit");
				return new ProductGuardrails((limit == null) ? null : RiskLevel.valueOf(limit), days);
			})
			.optional()
			.orElse(ProductGuardrails.NONE);
	}

	@Override
	@Transactional
	public void saveForProduct(ProductId product, ProductGuardrails guardrails) {
		if (guardrails.isEmpty()) {
			this.jdbc.sql("delete from product_guardrails where product_id = :id")
				.param("id", product.value())
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into product_guardrails (product_id, autonomy_limit, max_days_low, max_days_medium,
				  max_days_high, max_days_critical)
				values (:id, :limit, :low, :medium, :high, :critical)
				on conflict (product_id) do update set autonomy_limit = excluded.autonomy_limit,
				  max_days_low = excluded.max_days_low, max_days_medium = excluded.max_days_medium,
				  max_days_high = excluded.max_days_high, max_days_critical = excluded.max_days_critical
				""")
			.param("id", product.value())
			.param("limit", (guardrails.autonomyLimit() == null) ? null : guardrails.autonomyLimit().name())
			.param("low", guardrails.maxDays().get(RiskLevel.LOW))
			.param("medium", guardrails.maxDays().get(RiskLevel.MEDIUM))
			.param("high", guardrails.maxDays().get(RiskLevel.HIGH))
			.param("critical", guardrails.maxDays().get(RiskLevel.CRITICAL))
			.update();
	}

}
