package io.ownership.persistence.gate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.gate.Artifact;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.CheckRunId;
import io.ownership.core.gate.CheckRunReport;
import io.ownership.core.gate.Enforcement;
import io.ownership.core.gate.Finding;
import io.ownership.core.gate.GateFacts;
import io.ownership.core.gate.GateCondition;
import io.ownership.core.gate.GateConcern;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateEvaluation;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GatePolicy;
import io.ownership.core.gate.GateRepository;
import io.ownership.core.gate.GateSubject;
import io.ownership.core.gate.ProductGatePolicy;
import io.ownership.core.gate.ReasonCode;
import io.ownership.core.risk.RiskLevel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate's policy, check runs and evaluations. One evaluation reads with two statements
 * whatever the number of risks and findings: the product with both policies and the
 * latest checks, then its uncovered findings and risk concerns; both are kept in
 * {@link GateData} until the gate's data changes. Each method but {@link #facts} and
 * {@link #record} (every evaluation's, outside a transaction) runs in a transaction,
 * read-only when it reads.
 */
@Repository
class JdbcGateRepository implements GateRepository {

	private static final String COLUMNS = "pending_request, vacant_owner, missing_matrix, expired_acceptance";

	/**
	 * The product and what the gate needs of it, by {@code :id}.
	 */
	private static final String SUBJECT = """
			select p.id, p.name, p.kind, p.owning_team_id,
			       (ro.id is null or not ro.active) as risk_owner_vacant,
			       (po.id is null or not po.active) as product_owner_vacant,
			       (select string_agg(cast(u.id as text) || ' ' || u.name, E'\\n' order by lower(u.name))
			        from use_case u
			        where u.mandatory
			          and (exists (select 1 from use_case_product_kind k where k.use_case_id = u.id and k.kind = p.kind)
			            or exists (select 1 from use_case_product up where up.use_case_id = u.id and up.product_id = p.id))
			          and not exists (select 1 from matrix_version v where v.use_case_id = u.id)) as missing
			from product p
			left join person ro on ro.id = p.risk_owner_id
			left join person po on po.id = p.product_owner_id
			where p.id = :id
			""";

	/**
	 * The organization's policy from {@code gate_policy o}, its required checks as
	 * "product-kind check-kind days" joined by commas.
	 */
	private static final String ORGANIZATION_POLICY = """
			o.level as org_level, o.pending_request as org_pending_request, o.vacant_owner as org_vacant_owner,
			o.missing_matrix as org_missing_matrix, o.expired_acceptance as org_expired_acceptance,
			(select string_agg(c.product_kind || ' ' || c.check_kind || ' ' || c.max_age_days, ',')
			 from gate_required_check c) as org_checks
			""";

	/**
	 * The product's policy from {@code product_gate_policy pp} of the product
	 * {@code s.id}, its required checks as "check-kind days" joined by commas.
	 */
	private static final String PRODUCT_POLICY = """
			pp.level as product_level, pp.mode as product_mode, pp.pending_request as product_pending_request,
			pp.vacant_owner as product_vacant_owner, pp.missing_matrix as product_missing_matrix,
			pp.expired_acceptance as product_expired_acceptance,
			(select string_agg(c.check_kind || ' ' || c.max_age_days, ',')
			 from product_gate_required_check c where c.product_id = s.id) as product_checks
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final GateData kept;

	private final GateRecorder recorder;

	JdbcGateRepository(JdbcClient jdbc, JdbcTemplate template, GateData kept, GateRecorder recorder) {
		this.jdbc = jdbc;
		this.template = template;
		this.kept = kept;
		this.recorder = recorder;
	}

	@Override
	@Transactional(readOnly = true)
	public GatePolicy organizationPolicy() {
		return this.jdbc
			.sql("select " + ORGANIZATION_POLICY
					+ " from (values (1)) one (id) left join gate_policy o on o.id = one.id")
			.query((rs, n) -> organizationPolicy(rs))
			.single();
	}

	@Override
	@Transactional
	public void saveOrganizationPolicy(GatePolicy policy) {
		this.jdbc.sql("""
				update gate_policy set level = :level, pending_request = :pending, vacant_owner = :vacant,
				  missing_matrix = :matrix, expired_acceptance = :expired where id = 1
				""")
			.param("level", policy.level().name())
			.param("pending", policy.enforcement(GateCondition.PENDING_REQUEST).name())
			.param("vacant", policy.enforcement(GateCondition.VACANT_OWNER).name())
			.param("matrix", policy.enforcement(GateCondition.MISSING_MATRIX).name())
			.param("expired", policy.enforcement(GateCondition.EXPIRED_ACCEPTANCE).name())
			.update();
		this.jdbc.sql("delete from gate_required_check").update();
		List<Object[]> rows = new ArrayList<>();
		policy.requiredChecks()
			.forEach((kind, checks) -> checks
				.forEach((check, days) -> rows.add(new Object[] { kind.name(), check.name(), days })));
		this.template.batchUpdate(
				"insert into gate_required_check (product_kind, check_kind, max_age_days) values (?, ?, ?)", rows);
	}

	@Override
	@Transactional(readOnly = true)
	public ProductGatePolicy productPolicy(ProductId product) {
		return this.jdbc.sql("select " + PRODUCT_POLICY
				+ " from (values (cast(:id as uuid))) s (id) left join product_gate_policy pp on pp.product_id = s.id")
			.param("id", product.value())
			.query((rs, n) -> productPolicy(rs))
			.single();
	}

	@Override
	@Transactional
	public void saveProductPolicy(ProductId product, ProductGatePolicy policy) {
		this.jdbc.sql("delete from product_gate_required_check where product_id = :id")
			.param("id", product.value())
			.update();
		this.jdbc.sql("delete from product_gate_policy where product_id = :id").param("id", product.value()).update();
		if (policy.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("insert into product_gate_policy (product_id, level, mode, " + COLUMNS
					+ ") values (:id, :level, :mode, :pending, :vacant, :matrix, :expired)")
			.param("id", product.value())
			.param("level", (policy.level() == null) ? null : policy.level().name())
			.param("mode", policy.mode().name())
			.param("pending", name(policy.conditions().get(GateCondition.PENDING_REQUEST)))
			.param("vacant", name(policy.conditions().get(GateCondition.VACANT_OWNER)))
			.param("matrix", name(policy.conditions().get(GateCondition.MISSING_MATRIX)))
			.param("expired", name(policy.conditions().get(GateCondition.EXPIRED_ACCEPTANCE)))
			.update();
		List<Object[]> rows = new ArrayList<>();
		policy.requiredChecks()
			.forEach((check, days) -> rows.add(new Object[] { product.value(), check.name(), days }));
		this.template.batchUpdate(
				"insert into product_gate_required_check (product_id, check_kind, max_age_days) values (?, ?, ?)",
				rows);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GateSubject> subject(ProductId product) {
		return this.jdbc.sql(SUBJECT).param("id", product.value()).query((rs, n) -> subject(product, rs)).optional();
	}

	/**
	 * Outside a transaction: nothing to begin or commit while the facts are kept.
	 */
	@Override
	public Optional<GateFacts> facts(ProductId product, Artifact artifact, LocalDate today, int limit) {
		return this.kept.get(new FactsKey(product, artifact, today, limit), () -> read(product, artifact)
			.map((facts) -> facts.withConcerns(concerns(product, artifact, facts.policy().level(), today, limit))));
	}

	/**
	 * What {@link #facts} is kept under.
	 */
	private record FactsKey(ProductId product, Artifact artifact, LocalDate today, int limit) {
	}

	private Optional<GateFacts> read(ProductId product, Artifact artifact) {
		return this.jdbc.sql("select s.*, " + ORGANIZATION_POLICY + ", " + PRODUCT_POLICY + """
				, latest.kinds as latest_kinds, latest.ats as latest_ats
				from (%s) s
				left join gate_policy o on o.id = 1
				left join product_gate_policy pp on pp.product_id = s.id
				left join lateral (
				  select array_agg(l.check_kind) as kinds, array_agg(l.at) as ats
				  from (select check_kind, max(reported_at) as at from check_run
				        where product_id = s.id and artifact_name = :name
				          and (cast(:version as varchar) is null or artifact_version = :version)
				        group by check_kind) l
				) latest on true
				""".formatted(SUBJECT))
			.param("id", product.value())
			.param("name", artifact.name())
			.param("version", artifact.version())
			.query((rs, n) -> new GateFacts(subject(product, rs), organizationPolicy(rs), productPolicy(rs),
					latestChecks(rs), List.of()))
			.optional();
	}

	private static GateSubject subject(ProductId product, ResultSet rs) throws SQLException {
		List<GateSubject.UseCaseRef> missing = new ArrayList<>();
		String lines = rs.getString("missing");
		if (lines != null) {
			for (String line : lines.split("\n")) {
				missing.add(new GateSubject.UseCaseRef(UUID.fromString(line.substring(0, 36)), line.substring(37)));
			}
		}
		UUID team = rs.getObject("owning_team_id", UUID.class);
		return new GateSubject(product, rs.getString("name"), ProductKind.valueOf(rs.getString("kind")),
				(team == null) ? null : new TeamId(team), rs.getBoolean("risk_owner_vacant"),
				rs.getBoolean("product_owner_vacant"), missing);
	}

	private static GatePolicy organizationPolicy(ResultSet rs) throws SQLException {
		if (rs.getString("org_level") == null) {
			return GatePolicy.defaults();
		}
		Map<ProductKind, Map<CheckKind, Integer>> checks = new EnumMap<>(ProductKind.class);
		for (String[] check : rows(rs.getString("org_checks"))) {
			checks.computeIfAbsent(ProductKind.valueOf(check[0]), (kind) -> new EnumMap<>(CheckKind.class))
				.put(CheckKind.valueOf(check[1]), Integer.valueOf(check[2]));
		}
		return new GatePolicy(RiskLevel.valueOf(rs.getString("org_level")), conditions(rs, "org_"), checks);
	}

	private static ProductGatePolicy productPolicy(ResultSet rs) throws SQLException {
		Map<CheckKind, Integer> checks = new EnumMap<>(CheckKind.class);
		for (String[] check : rows(rs.getString("product_checks"))) {
			checks.put(CheckKind.valueOf(check[0]), Integer.valueOf(check[1]));
		}
		String mode = rs.getString("product_mode");
		if (mode == null) {
			return new ProductGatePolicy(null, GateMode.ENFORCE, Map.of(), checks);
		}
		String level = rs.getString("product_level");
		return new ProductGatePolicy((level == null) ? null : RiskLevel.valueOf(level), GateMode.valueOf(mode),
				conditions(rs, "product_"), checks);
	}

	private static Map<CheckKind, Instant> latestChecks(ResultSet rs) throws SQLException {
		Map<CheckKind, Instant> latest = new EnumMap<>(CheckKind.class);
		Array kinds = rs.getArray("latest_kinds");
		if (kinds != null) {
			String[] kind = (String[]) kinds.getArray();
			Timestamp[] at = (Timestamp[]) rs.getArray("latest_ats").getArray();
			for (int i = 0; i < kind.length; i++) {
				latest.put(CheckKind.valueOf(kind[i]), at[i].toInstant());
			}
		}
		return latest;
	}

	/**
	 * The rows of a {@code string_agg} of space-separated values joined by commas.
	 */
	private static List<String[]> rows(String aggregate) {
		List<String[]> rows = new ArrayList<>();
		if (aggregate != null) {
			for (String row : aggregate.split(",")) {
				rows.add(row.split(" "));
			}
		}
		return rows;
	}

	@Override
	@Transactional
	public void addCheckRun(CheckRunId id, ProductId product, CheckRunReport report, Instant reportedAt,
			String reportedBy) {
		this.jdbc.sql("""
				insert into check_run (id, product_id, artifact_name, artifact_version, commit_sha, check_kind, tool,
				  format, reported_at, reported_by, finding_count)
				values (:id, :product, :name, :version, :commit, :kind, :tool, :format, :at, :by, :count)
				""")
			.param("id", id.value())
			.param("product", product.value())
			.param("name", report.artifact().name())
			.param("version", report.artifact().version())
			.param("commit", report.commit())
			.param("kind", report.kind().name())
			.param("tool", report.tool())
			.param("format", report.format())
			.param("at", Timestamp.from(reportedAt))
			.param("by", reportedBy)
			.param("count", report.findings().size())
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (Finding finding : report.findings()) {
			rows.add(new Object[] { id.value(), rows.size(), finding.id(), finding.title(), finding.level().name(),
					finding.level().ordinal() + 1, finding.location() });
		}
		this.template.batchUpdate("""
				insert into check_finding (run_id, position, finding_id, title, level, rank, location)
				values (?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/**
	 * The concerns of {@link #facts}, in one statement.
	 */
	private List<GateConcern> concerns(ProductId product, Artifact artifact, RiskLevel level, LocalDate today,
			int limit) {
		return this.jdbc
			.sql("""
					with latest as (
					  select distinct on (check_kind) id, check_kind from check_run
					  where product_id = :product and artifact_name = :name
					    and (cast(:version as varchar) is null or artifact_version = :version)
					  order by check_kind, reported_at desc
					), covered as (
					  select distinct unnest(regexp_split_to_array(lower(r.reference), '[\\s,;]+')) as id
					  from risk_acceptance a join risk r on r.id = a.risk_id
					  where r.product_id = :product and a.status = 'ACTIVE' and not a.marked_for_review
					    and a.expires_on >= :today and r.reference is not null
					), uncovered as (
					  select f.finding_id, min(f.title) as title, max(f.rank) as rank, min(l.check_kind) as check_kind
					  from latest l join check_finding f on f.run_id = l.id
					  where f.rank >= :rank and lower(f.finding_id) not in (select id from covered where id <> '')
					  group by f.finding_id
					), finding as (
					  select 'UNCOVERED_FINDING' as code,
					         (select r.id from risk r where r.product_id = :product and r.status <> 'CLOSED'
					            and lower(u.finding_id) = any(regexp_split_to_array(lower(r.reference), '[\\s,;]+'))
					          order by r.score desc, r.id limit 1) as id, title,
					         case rank when 1 then 'LOW' when 2 then 'MEDIUM' when 3 then 'HIGH' else 'CRITICAL' end as level,
					         finding_id, check_kind, cast(null as date) as day,
					         row_number() over (order by rank desc, finding_id) as n, count(*) over () as total
					  from uncovered u
					), product_risk as (
					  select r.id, r.title, r.level, r.status, r.score,
					         case r.level when 'LOW' then 1 when 'MEDIUM' then 2 when 'HIGH' then 3 else 4 end as rank
					  from risk r where r.product_id = :product
					), concern as (
					  select 'OPEN_RISK' as code, r.id, r.title, r.level, r.score, cast(null as date) as day
					  from product_risk r
					  where r.status in ('OPEN', 'IN_TREATMENT', 'ACCEPTED') and r.rank >= :rank
					    and not exists (select 1 from risk_acceptance a where a.risk_id = r.id and a.status = 'ACTIVE'
					      and not a.marked_for_review and a.expires_on >= :today)
					  union all
					  select 'EXPIRED_ACCEPTANCE', r.id, r.title, r.level, r.score, last.expires_on
					  from product_risk r
					  join lateral (select a.status, a.expires_on from risk_acceptance a where a.risk_id = r.id
					    order by a.requested_at desc limit 1) last on true
					  where r.status not in ('CLOSED', 'AVOIDED', 'TRANSFERRED')
					    and (last.status = 'EXPIRED' or (last.status = 'ACTIVE' and last.expires_on < :today))
					  union all
					  select 'PENDING_REQUEST', r.id, r.title, r.level, r.score, null
					  from risk_acceptance a join product_risk r on r.id = a.risk_id
					  where a.product_id = :product and a.status = 'PENDING'
					), ranked as (
					  select code, id, title, level, cast(null as varchar) as finding_id, cast(null as varchar) as check_kind,
					         day, row_number() over (partition by code order by score desc, title, id) as n,
					         count(*) over (partition by code) as total
					  from concern
					)
					select * from (
					  select * from finding where n <= :limit
					  union all
					  select * from ranked where n <= :limit
					) c
					order by code = 'UNCOVERED_FINDING' desc, code, n
					""")
			.param("product", product.value())
			.param("name", artifact.name())
			.param("version", artifact.version())
			.param("today", today)
			.param("rank", level.ordinal() + 1)
			.param("limit", limit)
			.query((rs, n) -> new GateConcern(ReasonCode.valueOf(rs.getString("code")), rs.getObject("id", UUID.class),
					rs.getString("title"), RiskLevel.valueOf(rs.getString("level")), rs.getString("finding_id"),
					rs.getString("check_kind"), rs.getObject("day", LocalDate.class), rs.getInt("total")))
			.list();
	}

	/**
	 * Outside a transaction: with the evaluations of concurrent requests, in one
	 * statement and commit ({@link GateRecorder}).
	 */
	@Override
	public Optional<GateDecision.Decision> record(GateEvaluation evaluation) {
		return this.recorder.record(evaluation);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> recipients(ProductId product) {
		return this.jdbc.sql("""
				select u.username from product p
				join person pe on pe.id = p.risk_owner_id
				join user_account u on u.id = pe.account_id
				where p.id = :product and u.active and pe.active
				union
				select u.username from product p
				join team_member m on m.team_id = p.owning_team_id
				join person pe on pe.id = m.person_id
				join user_account u on u.id = pe.account_id
				where p.id = :product and u.active and pe.active
				order by 1
				""").param("product", product.value()).query(String.class).list();
	}

	private static Map<GateCondition, Enforcement> conditions(ResultSet rs, String prefix) throws SQLException {
		Map<GateCondition, Enforcement> conditions = new EnumMap<>(GateCondition.class);
		for (GateCondition condition : GateCondition.values()) {
			String value = rs.getString(prefix + condition.name().toLowerCase(java.util.Locale.ROOT));
			if (value != null) {
				conditions.put(condition, Enforcement.valueOf(value));
			}
		}
		return conditions;
	}

	private static String name(Enum<?> value) {
		return (value == null) ? null : value.name();
	}

}
