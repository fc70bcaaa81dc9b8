package io.ownership.persistence.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's filters read the big tables through indexes: on 60,000 risks and 15,000
 * acceptances, no plan of a register page, neither its count nor its first page of rows,
 * scans {@code risk} or {@code risk_acceptance} sequentially. Each statement is planned
 * with its values, as the JDBC driver's first executions are, and generic, as a prepared
 * statement is once PostgreSQL settles on a generic plan.
 * <p>
 * The rows are inserted and analyzed in the test's transaction, which is rolled back, so
 * other tests on the same database never see them. Left out: the text, product name and
 * owner name filters ({@code like '%x%'}), which no b-tree index can answer, and the
 * sorts other than the default (score).
 */
@PersistenceTest
class RegisterIndexGuardTests {

	private static final Set<String> BIG_TABLES = Set.of("risk", "risk_acceptance");

	/**
	 * Plans that still read a big table sequentially, waiting for an index or a change of
	 * the query (issue "Scale"). Each must still do so: once it reads through indexes,
	 * remove it here so that it stays that way.
	 */
	/**
	 * Plans known to scan a big table, each with its reason; empty since the day of the
	 * "expiring" filter is written as a literal (a generic plan not knowing it expected a
	 * third of all acceptances and hash-joined them to every risk).
	 */
	private static final Set<String> KNOWN_SEQUENTIAL_SCANS = Set.of();

	private static final int PAGE_SIZE = 25;

	@Autowired
	JdbcClient jdbc;

	private int prepared;

	@Test
	void everyFilterOfTheRegisterReadsTheBigTablesThroughIndexes() {
		LocalDate today = LocalDate.now();
		// the planner settings of the application's embedded server, whichever server the
		// tests run on
		this.jdbc.sql("set local random_page_cost = 1.1").update();
		insertLargeRegister();
		this.jdbc.sql("analyze team, person, product, risk, risk_acceptance").update();
		// a committed register is all-visible once vacuumed, which makes index-only scans
		// cheap; rows of this uncommitted transaction cannot be, so the planner is told
		this.jdbc.sql("update pg_class set relallvisible = relpages where relname in ('risk', 'risk_acceptance')")
			.update();

		Map<String, String> scans = new LinkedHashMap<>();
		filters().forEach((name, filter) -> {
			Map<String, Object> params = JdbcRiskQuery.params(filter, today);
			Map<String, Object> pageParams = new HashMap<>(params);
			pageParams.put("limit", PAGE_SIZE);
			pageParams.put("offset", 0);
			plan(scans, name + ", count", JdbcRiskQuery.countSql(params), params);
			plan(scans, name + ", first page", JdbcRiskQuery.pageSql(filter, params, PageRequest.of(0, PAGE_SIZE)),
					pageParams);
		});

		Map<String, String> unexpected = new LinkedHashMap<>(scans);
		unexpected.keySet().removeAll(KNOWN_SEQUENTIAL_SCANS);
		assertThat(unexpected.values()).as("register plans reading %s sequentially", BIG_TABLES).isEmpty();
		assertThat(scans.keySet())
			.as("known sequential scans; one that reads through indexes now must leave KNOWN_SEQUENTIAL_SCANS")
			.containsAll(KNOWN_SEQUENTIAL_SCANS);
	}

	/**
	 * {@code ANALYZE} writes some statistics in place, which the rollback keeps: analyze
	 * again so that later tests are planned for the rows that are really there.
	 */
	@AfterTransaction
	void analyzeWhatIsLeft() {
		this.jdbc.sql("analyze team, person, product, risk, risk_acceptance").update();
	}

	private Map<String, RiskFilter> filters() {
		UUID product = id("product", "Register guard product 7");
		UUID team = id("team", "Register guard team 7");
		UUID owner = id("person", "Register guard person 7");
		Map<String, RiskFilter> filters = new LinkedHashMap<>();
		filters.put("HIGH and OPEN", filter(null, null, RiskLevel.HIGH, RiskStatus.OPEN, null, false, null));
		filters.put("status OPEN", filter(null, null, null, RiskStatus.OPEN, null, false, null));
		filters.put("level HIGH", filter(null, null, RiskLevel.HIGH, null, null, false, null));
		filters.put("product", filter(product, null, null, null, null, false, null));
		filters.put("team", filter(null, team, null, null, null, false, null));
		filters.put("risk owner", filter(null, null, null, null, owner, false, null));
		filters.put("team and OPEN", filter(null, team, null, RiskStatus.OPEN, null, false, null));
		filters.put("overdue", filter(null, null, null, null, null, true, null));
		filters.put("acceptance expiring within 30 days", filter(null, null, null, null, null, false, 30));
		filters.put("no filter", RiskFilter.none());
		return filters;
	}

	private static RiskFilter filter(UUID product, UUID team, RiskLevel level, RiskStatus status, UUID owner,
			boolean overdue, Integer expiringWithinDays) {
		return new RiskFilter(product, team, level, status, owner, overdue, expiringWithinDays, null, null, null,
				RiskFilter.Sort.SCORE, true);
	}

	private UUID id(String table, String name) {
		return this.jdbc.sql("select id from " + table + " where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	/**
	 * Plans the statement with its values and as a generic plan, and notes each plan that
	 * scans a big table sequentially under "{@code query}, custom plan" or
	 * "{@code query}, generic plan".
	 */
	private void plan(Map<String, String> scans, String query, String sql, Map<String, Object> params) {
		String custom = this.jdbc.sql("explain (format json) " + sql).params(params).query(String.class).single();
		sequentialScans(scans, query + ", custom plan", sql, custom);
		String name = "register_guard_" + (++this.prepared);
		this.jdbc.sql("prepare " + name + " as " + numbered(sql, params)).update();
		this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
		List<String> values = Arrays.stream(NamedParameterUtils.buildValueArray(sql, params))
			.map(RegisterIndexGuardTests::literal)
			.toList();
		String generic = this.jdbc
			.sql("explain (format json) execute " + name
					+ (values.isEmpty() ? "" : "(" + String.join(", ", values) + ")"))
			.query(String.class)
			.single();
		this.jdbc.sql("set local plan_cache_mode = auto").update();
		this.jdbc.sql("deallocate " + name).update();
		sequentialScans(scans, query + ", generic plan", sql, generic);
	}

	/**
	 * The statement as the JDBC driver prepares it, each named parameter a {@code $n}.
	 */
	private static String numbered(String sql, Map<String, Object> params) {
		String jdbcSql = NamedParameterUtils.substituteNamedParameters(sql, new MapSqlParameterSource(params));
		StringBuilder numbered = new StringBuilder();
		int n = 0;
		for (char c : jdbcSql.toCharArray()) {
			if (c == '?') {
				numbered.append('$').append(++n);
			}
			else {
				numbered.append(c);
			}
		}
		return numbered.toString();
	}

	/**
	 * A value as an argument of {@code execute}; a generic plan does not depend on it.
	 */
	private static String literal(Object value) {
		return (value instanceof Number) ? value.toString() : "'" + value.toString().replace("'", "''") + "'";
	}

	private static void sequentialScans(Map<String, String> scans, String planned, String sql, String json) {
		Map<String, Object> plan = JsonPath.parse(json).read("$[0].Plan");
		List<Map<String, Object>> offending = new ArrayList<>();
		collectSequentialScans(plan, offending);
		if (!offending.isEmpty()) {
			StringBuilder text = new StringBuilder(planned).append(':');
			for (Map<String, Object> node : offending) {
				text.append(String.format(" Seq Scan on %s %s (%s rows estimated, filter %s);",
						node.get("Relation Name"), node.get("Alias"), node.get("Plan Rows"), node.get("Filter")));
			}
			text.append("\n").append(sql.strip()).append("\nplan:\n").append(outline(plan, "  "));
			scans.put(planned, text.toString());
		}
	}

	@SuppressWarnings("unchecked")
	private static void collectSequentialScans(Map<String, Object> node, List<Map<String, Object>> offending) {
		if ("Seq Scan".equals(node.get("Node Type")) && BIG_TABLES.contains(node.get("Relation Name"))) {
			offending.add(node);
		}
		for (Object child : (List<Object>) node.getOrDefault("Plans", List.of())) {
			collectSequentialScans((Map<String, Object>) child, offending);
		}
	}

	/**
	 * One line per node: its type, index, table and estimated rows.
	 */
	@SuppressWarnings("unchecked")
	private static String outline(Map<String, Object> node, String indent) {
		StringBuilder line = new StringBuilder(indent).append(node.get("Node Type"));
		if (node.get("Index Name") != null) {
			line.append(" using ").append(node.get("Index Name"));
		}
		if (node.get("Relation Name") != null) {
			line.append(" on ").append(node.get("Relation Name")).append(' ').append(node.get("Alias"));
		}
		line.append(" (rows ").append(node.get("Plan Rows")).append(")\n");
		for (Object child : (List<Object>) node.getOrDefault("Plans", List.of())) {
			line.append(outline((Map<String, Object>) child, indent + "  "));
		}
		return line.toString();
	}

	/**
	 * 200 teams, 1,000 people, 2,000 products, 60,000 risks over all levels, statuses (35
	 * % open, 20 % in treatment, 20 % accepted, as in the generated large organization)
	 * and products, and 15,000 acceptances on 10,000 of them with at most one active and
	 * one pending per risk: the active ones expire within 170 days, the expired ones
	 * within the last 60, as in the large organization.
	 */
	private void insertLargeRegister() {
		this.jdbc.sql("""
				insert into team (id, name, kind)
				select md5('register-guard-team' || g)::uuid, 'Register guard team ' || g,
				  (array['DEVELOPMENT', 'PLATFORM', 'SECURITY', 'OPERATIONS', 'OTHER'])[1 + g % 5]
				from generate_series(0, 199) g
				""").update();
		this.jdbc
			.sql("""
					insert into person (id, name, email)
					select md5('register-guard-person' || g)::uuid, 'Register guard person ' || g, 'register-guard-' || g || '@example.org'
					from generate_series(0, 999) g
					""")
			.update();
		this.jdbc
			.sql("""
					insert into product (id, name, kind, owning_team_id, product_owner_id, risk_owner_id)
					select md5('register-guard-product' || g)::uuid, 'Register guard product ' || g, 'BUSINESS_SERVICE',
					  md5('register-guard-team' || g % 200)::uuid, md5('register-guard-person' || g % 1000)::uuid, md5('register-guard-person' || g % 1000)::uuid
					from generate_series(0, 1999) g
					""")
			.update();
		this.jdbc
			.sql("""
					insert into risk (id, product_id, title, source, reference, likelihood, impact, score, level, status,
					  treatment_due, identified_at)
					select md5('register-guard-risk' || g)::uuid, md5('register-guard-product' || product)::uuid, 'Register guard risk ' || g, 'VULNERABILITY',
					  'RG-' || g, likelihood, impact, likelihood * impact,
					  case when likelihood * impact <= 4 then 'LOW' when likelihood * impact <= 9 then 'MEDIUM'
					    when likelihood * impact <= 16 then 'HIGH' else 'CRITICAL' end,
					  status,
					  case when status = 'IN_TREATMENT' then current_date + (g % 240 - 60) end,
					  now() - make_interval(days => g % 1000, secs => g)
					from (
					  select g, abs(hashtext('product' || g)) % 2000 as product,
					    1 + abs(hashtext('likelihood' || g)) % 5 as likelihood,
					    1 + abs(hashtext('impact' || g)) % 5 as impact,
					    (array['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'IN_TREATMENT', 'IN_TREATMENT',
					      'IN_TREATMENT', 'IN_TREATMENT', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'TRANSFERRED',
					      'AVOIDED', 'CLOSED', 'CLOSED', 'CLOSED'])[1 + abs(hashtext('status' || g)) % 20] as status
					  from generate_series(0, 59999) g
					) risks
					""")
			.update();
		// risks 0 to 9,999 have an acceptance that is active or expired; risks 0 to 4,999
		// another one, pending or decided
		this.jdbc
			.sql("""
					insert into risk_acceptance (id, risk_id, product_id, requested_by, requested_at, justification,
					  expires_on, status, autonomous, approvals_needed)
					select md5('register-guard-acceptance' || a.k)::uuid, r.id, r.product_id, 'register-guard',
					  now() - make_interval(days => a.k % 300, secs => a.k), 'Guard',
					  case when a.status = 'EXPIRED' then current_date - (1 + a.k % 60) else current_date + (1 + a.k % 170) end,
					  a.status, false, 1
					from (
					  select k, case when k < 10000
					    then (array['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'EXPIRED'])[1 + k % 7]
					    else (array['PENDING', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'SUPERSEDED'])[1 + k % 5] end as status
					  from generate_series(0, 14999) k
					) a
					join risk r on r.id = md5('register-guard-risk' || a.k % 10000)::uuid
					""")
			.update();
	}

}
