package io.ownership.persistence.gate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.database.Exports;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate's read side: a product's current state and history, its check runs, the
 * products failing now and the pass rate.
 */
@Repository
@Transactional(readOnly = true)
class JdbcGateQuery implements GateQuery {

	private final JdbcClient jdbc;

	JdbcGateQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<EvaluationRow> current(ProductId product) {
		return this.jdbc.sql("""
				select e.* from gate_state s join gate_evaluation e on e.id = s.evaluation_id
				where s.product_id = :product
				""").param("product", product.value()).query(this::evaluation).optional();
	}

	@Override
	public Page<EvaluationRow> history(ProductId product, HistoryFilter filter, PageRequest page) {
		Map<String, Object> params = params(product, filter);
		long total = this.jdbc.sql("select count(*) from gate_evaluation e where " + where(filter))
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<EvaluationRow> rows = this.jdbc
			.sql("select e.* from gate_evaluation e where " + where(filter)
					+ " order by e.evaluated_at desc, e.id desc limit :limit offset :offset")
			.params(params)
			.query(this::evaluation)
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public void export(ProductId product, HistoryFilter filter, int limit, Consumer<EvaluationRow> each) {
		Map<String, Object> params = params(product, filter);
		params.put("limit", limit);
		this.jdbc
			.sql("select e.* from gate_evaluation e where " + where(filter)
					+ " order by e.evaluated_at desc, e.id desc limit :limit")
			.withFetchSize(Exports.FETCH_SIZE)
			.params(params)
			.query((RowCallbackHandler) (rs) -> each.accept(evaluation(rs, 0)));
	}

	@Override
	public Page<ProductEvaluation> evaluations(EvaluationFilter filter, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = evaluationsWhere(filter, params);
		params.put("counted", page.offset() + COUNTED_AHEAD + 1);
		long total = this.jdbc
			.sql("select count(*) from (select 1 from gate_evaluation e join product p on p.id = e.product_id" + where
					+ " limit :counted) counted")
			.params(params)
			.query(Long.class)
			.single();
		params.remove("counted");
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<ProductEvaluation> rows = this.jdbc
			.sql(EVALUATIONS + where + " order by e.evaluated_at desc, e.id desc limit :limit offset :offset")
			.params(params)
			.query(this::productEvaluation)
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public void exportEvaluations(EvaluationFilter filter, int limit, Consumer<ProductEvaluation> each) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = evaluationsWhere(filter, params);
		params.put("limit", limit);
		this.jdbc.sql(EVALUATIONS + where + " order by e.evaluated_at desc, e.id desc limit :limit")
			.withFetchSize(Exports.FETCH_SIZE)
			.params(params)
			.query((RowCallbackHandler) (rs) -> each.accept(productEvaluation(rs, 0)));
	}

	private static final String EVALUATIONS = "select e.*, p.name as product_name from gate_evaluation e"
			+ " join product p on p.id = e.product_id";

	/**
	 * The conditions of the filter on {@code gate_evaluation e} and {@code product p};
	 * the days are whole UTC days, as the pass rate counts them.
	 */
	private static String evaluationsWhere(EvaluationFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.product() != null) {
			conditions.add("e.product_id = :product");
			params.put("product", filter.product());
		}
		if (filter.team() != null) {
			conditions.add("p.owning_team_id = :team");
			params.put("team", filter.team());
		}
		if (filter.kind() != null) {
			conditions.add("p.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		params.putAll(params(null, filter.history()));
		conditions.addAll(conditions(filter.history()));
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private ProductEvaluation productEvaluation(ResultSet rs, int row) throws SQLException {
		return new ProductEvaluation(rs.getObject("product_id", UUID.class), rs.getString("product_name"),
				evaluation(rs, row));
	}

	@Override
	public List<CheckRunRow> runs(ProductId product, int limit) {
		return this.jdbc.sql("""
				select r.*, (select count(*) from check_finding f where f.run_id = r.id and f.rank >= 3) as high
				from check_run r where r.product_id = :product
				order by r.reported_at desc limit :limit
				""")
			.param("product", product.value())
			.param("limit", limit)
			.query((rs, n) -> new CheckRunRow(rs.getObject("id", UUID.class),
					rs.getTimestamp("reported_at").toInstant(),
					rs.getString("artifact_name") + ((rs.getString("artifact_version") == null) ? ""
							: " " + rs.getString("artifact_version")),
					rs.getString("commit_sha"), CheckKind.valueOf(rs.getString("check_kind")), rs.getString("tool"),
					rs.getString("reported_by"), rs.getInt("finding_count"), rs.getInt("high")))
			.list();
	}

	@Override
	public Page<FailingProduct> failing(UUID team, ProductKind kind, PageRequest page) {
		String where = " where s.decision = 'FAIL'" + ((team != null) ? " and p.owning_team_id = :team" : "")
				+ ((kind != null) ? " and p.kind = :kind" : "");
		Map<String, Object> params = new LinkedHashMap<>();
		if (team != null) {
			params.put("team", team);
		}
		if (kind != null) {
			params.put("kind", kind.name());
		}
		long total = this.jdbc.sql("select count(*) from gate_state s join product p on p.id = s.product_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<FailingProduct> rows = this.jdbc.sql("""
				select p.id, p.name, t.name as team, e.evaluated_at, e.artifact, e.reasons
				from gate_state s
				join gate_evaluation e on e.id = s.evaluation_id
				join product p on p.id = s.product_id
				left join team t on t.id = p.owning_team_id
				""" + where + """

				order by s.evaluated_at desc, p.name
				limit :limit offset :offset
				""")
			.params(params)
			.query((rs, n) -> new FailingProduct(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("team"), rs.getTimestamp("evaluated_at").toInstant(), rs.getString("artifact"),
					Reasons.decode(rs.getString("reasons"))))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public PassRate passRate(Instant from, Instant to) {
		return this.jdbc.sql("""
				select count(*), count(*) filter (where decision = 'PASS') from gate_evaluation
				where evaluated_at >= :from and evaluated_at < :to
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new PassRate(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private static Map<String, Object> params(ProductId product, HistoryFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		if (product != null) {
			params.put("product", product.value());
		}
		if (filter.decision() != null) {
			params.put("decision", filter.decision().name());
		}
		if (filter.artifact() != null && !filter.artifact().isBlank()) {
			params.put("artifact", "%" + filter.artifact().strip().toLowerCase().replace("%", "\\%") + "%");
		}
		if (filter.from() != null) {
			params.put("from", Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (filter.to() != null) {
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		return params;
	}

	private static String where(HistoryFilter filter) {
		List<String> conditions = new ArrayList<>();
		conditions.add("e.product_id = :product");
		conditions.addAll(conditions(filter));
		return String.join(" and ", conditions);
	}

	/**
	 * The conditions of a history's filters on {@code gate_evaluation e}, with the
	 * parameters of {@link #params}.
	 */
	private static List<String> conditions(HistoryFilter filter) {
		List<String> conditions = new ArrayList<>();
		if (filter.decision() != null) {
			conditions.add("e.decision = :decision");
		}
		if (filter.artifact() != null && !filter.artifact().isBlank()) {
			conditions.add("lower(e.artifact) like :artifact");
		}
		if (filter.from() != null) {
			conditions.add("e.evaluated_at >= :from");
		}
		if (filter.to() != null) {
			conditions.add("e.evaluated_at < :to");
		}
		return conditions;
	}

	private EvaluationRow evaluation(ResultSet rs, int row) throws SQLException {
		return new EvaluationRow(rs.getLong("id"), rs.getTimestamp("evaluated_at").toInstant(),
				rs.getString("artifact"), rs.getString("environment"), Decision.valueOf(rs.getString("decision")),
				GateMode.valueOf(rs.getString("mode")), Reasons.decode(rs.getString("reasons")),
				Reasons.decode(rs.getString("warnings")), rs.getString("token_name"));
	}

}
