package io.ownership.persistence.risk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.ownership.core.risk.acceptance.AcceptanceRow;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.acceptance.ApprovalFilter;
import io.ownership.core.risk.acceptance.PendingApproval;
import io.ownership.core.risk.RiskDetails;
import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.persistence.account.AccountPerson;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskRow;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.risk.TeamRiskQuery;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.database.Exports;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register and the other read models of the risk feature: one projection per
 * question, a register page in two statements (count and rows) whatever its size.
 */
@Repository
@Transactional(readOnly = true)
class JdbcRiskQuery implements RiskQuery, TeamRiskQuery {

	private static final String ROW_SELECT = """
			select r.id, r.title, r.reference, r.product_id, p.name as product_name, t.name as team_name,
			  o.name as owner_name, r.level, r.score, r.status, r.treatment_due, r.identified_at,
			  a.expires_on as accepted_until, coalesce(a.marked_for_review, false) as marked_for_review,
			  exists (select 1 from risk_acceptance x where x.risk_id = r.id and x.status = 'PENDING') as pending,
			  (r.status = 'OPEN' and exists (select 1 from risk_acceptance x
			     where x.risk_id = r.id and x.status = 'EXPIRED')) as acceptance_expired
			""";

	/**
	 * A row's columns without its acceptance checks: the inner part of a list whose
	 * checks run after its limit.
	 */
	private static final String ROW_COLUMNS = """
			select r.id, r.title, r.reference, r.product_id, p.name as product_name, t.name as team_name,
			  o.name as owner_name, r.level, r.score, r.status, r.treatment_due, r.identified_at,
			  a.expires_on as accepted_until, coalesce(a.marked_for_review, false) as marked_for_review
			""";

	/** A row's acceptance checks, on the outer rows {@code l} of {@link #ROW_COLUMNS}. */
	private static final String PENDING_AND_EXPIRED = """
			exists (select 1 from risk_acceptance x where x.risk_id = l.id and x.status = 'PENDING') as pending,
			(l.status = 'OPEN' and exists (select 1 from risk_acceptance x
			   where x.risk_id = l.id and x.status = 'EXPIRED')) as acceptance_expired
			""";

	/** An open risk: not yet treated to the end, accepted, transferred or avoided. */
	public static final String OPEN = "r.status in ('OPEN', 'IN_TREATMENT')";

	/** A risk with a first decision of its risk owner whose time is known. */
	public static final String DECIDED = "r.decided_at is not null";

	/**
	 * An open risk still waiting for its risk owner's decision: no treatment decided, no
	 * plan, no acceptance request pending.
	 */
	public static final String UNDECIDED = "(r.status = 'OPEN' and r.decision is null and not exists (select 1"
			+ " from risk_acceptance x where x.risk_id = r.id and x.status = 'PENDING'))";

	/** A risk open again after its acceptance expired, not renewed. */
	public static final String ACCEPTANCE_EXPIRED = "(r.status = 'OPEN' and exists (select 1 from risk_acceptance x"
			+ " where x.risk_id = r.id and x.status = 'EXPIRED'))";

	private static final Map<RiskFilter.AcceptanceState, String> ACCEPTANCE = Map.of(RiskFilter.AcceptanceState.ACTIVE,
			"a.id is not null", RiskFilter.AcceptanceState.AUTONOMOUS, "a.autonomous",
			RiskFilter.AcceptanceState.ESCALATED, "not a.autonomous", RiskFilter.AcceptanceState.PENDING,
			"exists (select 1 from risk_acceptance x where x.risk_id = r.id and x.status = 'PENDING')",
			RiskFilter.AcceptanceState.EXPIRED, ACCEPTANCE_EXPIRED);

	private static final String FROM = """
			from risk r
			join product p on p.id = r.product_id
			left join team t on t.id = p.owning_team_id
			left join person o on o.id = p.risk_owner_id
			left join risk_acceptance a on a.risk_id = r.id and a.status = 'ACTIVE'
			""";

	private static final Map<RiskFilter.Sort, String> ORDER = Map.of(RiskFilter.Sort.SCORE, "r.score",
			RiskFilter.Sort.TITLE, "lower(r.title)", RiskFilter.Sort.PRODUCT, "lower(p.name)", RiskFilter.Sort.STATUS,
			"r.status", RiskFilter.Sort.DUE, "r.treatment_due", RiskFilter.Sort.IDENTIFIED, "r.identified_at",
			RiskFilter.Sort.EXPIRES, "a.expires_on");

	private final JdbcClient jdbc;

	JdbcRiskQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page<RiskRow> search(RiskFilter filter, LocalDate today, PageRequest page) {
		Map<String, Object> params = params(filter, today);
		long total = this.jdbc.sql(countSql(params)).params(params).query(Long.class).single();
		List<RiskRow> rows = this.jdbc.sql(pageSql(filter, params, page))
			.params(params)
			.query((rs, n) -> row(rs, today))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public void export(RiskFilter filter, LocalDate today, int limit, Consumer<RiskRow> each) {
		Map<String, Object> params = params(filter, today);
		this.jdbc.sql(ROW_SELECT + fromWhere(params) + orderBy(filter) + " limit :limit")
			.withFetchSize(Exports.FETCH_SIZE)
			.params(params)
			.param("limit", limit)
			.query((RowCallbackHandler) (rs) -> each.accept(row(rs, today)));
	}

	private static String orderBy(RiskFilter filter) {
		String direction = filter.descending() ? " desc nulls last" : " asc nulls last";
		return " order by " + ORDER.get(filter.sort()) + direction + ", r.identified_at desc, r.id";
	}

	/**
	 * The register's joins and a condition for each filter actually given. Writing absent
	 * filters as {@code (:x is null or ...)} would let a prepared statement's generic
	 * plan ignore the indexes; with only the given conditions each combination of filters
	 * gets a plan of its own.
	 */
	private static String fromWhere(Map<String, Object> params) {
		return FROM + where(params);
	}

	/**
	 * Counts the register's rows joining only the tables the given filters name: a risk
	 * always has its product and at most one active acceptance, so the other joins cannot
	 * change the count, and without them the count of a level and a status reads an index
	 * alone.
	 */
	static String countSql(Map<String, Object> params) {
		String where = where(params);
		StringBuilder from = new StringBuilder("select count(*) from risk r");
		if (names(where, "p") || names(where, "o")) {
			from.append(" join product p on p.id = r.product_id");
		}
		if (names(where, "o")) {
			from.append(" left join person o on o.id = p.risk_owner_id");
		}
		if (names(where, "a")) {
			from.append(" left join risk_acceptance a on a.risk_id = r.id and a.status = 'ACTIVE'");
		}
		return from.append(' ').append(where).toString();
	}

	private static boolean names(String where, String alias) {
		return Pattern.compile("\\b" + alias + "\\.").matcher(where).find();
	}

	/**
	 * A page of the register. The limit and offset are numbers written into the SQL: as
	 * parameters, a generic plan would expect a tenth of the rows and prefer joining
	 * every risk to walking the index of the order and stopping after the page.
	 */
	static String pageSql(RiskFilter filter, Map<String, Object> params, PageRequest page) {
		return ROW_SELECT + fromWhere(params) + orderBy(filter) + " limit " + page.size() + " offset " + page.offset();
	}

	private static String where(Map<String, Object> params) {
		StringBuilder where = new StringBuilder("where true");
		condition(where, params, "product", "r.product_id = :product");
		condition(where, params, "team", "p.owning_team_id = :team");
		condition(where, params, "level", "r.level = :level");
		condition(where, params, "status", "r.status = :status");
		condition(where, params, "owner", "p.risk_owner_id = :owner");
		if (Boolean.TRUE.equals(params.get("overdue"))) {
			where.append(" and r.status = 'IN_TREATMENT' and r.treatment_due < :today");
		}
		if (params.get("expiringBy") instanceof LocalDate expiringBy) {
			// The day as a literal (a date, never text a user typed): as a parameter, a
			// generic plan would expect a third of all acceptances and scan every risk.
			where.append(" and a.expires_on <= date '").append(expiringBy).append('\'');
			// An acceptance marked for review is no cover, so it is not one that expires.
			where.append(" and not a.marked_for_review");
		}
		condition(where, params, "kind", "p.kind = :kind");
		if (Boolean.TRUE.equals(params.get("open"))) {
			where.append(" and ").append(OPEN);
		}
		// The youngest band has no lower bound: a risk identified after today (a clock or
		// an import ahead) is in it, as the dashboard counts it.
		if (params.get("ageFrom") instanceof Integer from && from > 0) {
			where.append(" and (cast(:today as date) - cast(r.identified_at as date)) >= :ageFrom");
		}
		condition(where, params, "ageTo", "(cast(:today as date) - cast(r.identified_at as date)) <= :ageTo");
		if (params.get("acceptance") instanceof RiskFilter.AcceptanceState state) {
			where.append(" and ").append(ACCEPTANCE.get(state));
		}
		if (Boolean.TRUE.equals(params.get("decided"))) {
			where.append(" and ").append(DECIDED);
		}
		if (Boolean.TRUE.equals(params.get("undecided"))) {
			where.append(" and ").append(UNDECIDED);
		}
		condition(where, params, "likelihood", "r.likelihood = :likelihood");
		condition(where, params, "impact", "r.impact = :impact");
		condition(where, params, "text", "(lower(r.title) like :text or lower(r.reference) like :text)");
		condition(where, params, "productName", "lower(p.name) like :productName");
		condition(where, params, "ownerName", "lower(o.name) like :ownerName");
		return where.append(' ').toString();
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String name, String condition) {
		if (params.get(name) != null) {
			where.append(" and ").append(condition);
		}
	}

	static Map<String, Object> params(RiskFilter filter, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("product", filter.product());
		params.put("team", filter.team());
		params.put("level", (filter.level() == null) ? null : filter.level().name());
		params.put("status", (filter.status() == null) ? null : filter.status().name());
		params.put("owner", filter.owner());
		params.put("overdue", filter.overdue());
		params.put("today", today);
		params.put("expiringBy",
				(filter.expiringWithinDays() == null) ? null : today.plusDays(filter.expiringWithinDays()));
		params.put("text", (filter.text() == null) ? null : "%"
				+ filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%");
		params.put("kind", (filter.kind() == null) ? null : filter.kind().name());
		params.put("open", filter.open());
		params.put("ageFrom", (filter.age() == null) ? null : filter.age().from());
		params.put("ageTo", (filter.age() == null) ? null : filter.age().to());
		params.put("acceptance", filter.acceptance());
		params.put("likelihood", filter.likelihood());
		params.put("impact", filter.impact());
		params.put("decided", filter.decided());
		params.put("undecided", filter.undecided());
		params.put("productName", containing(filter.productName()));
		params.put("ownerName", containing(filter.ownerName()));
		return params;
	}

	/**
	 * A {@code like} pattern matching the text anywhere, in lower case, with its own
	 * {@code % _ \} taken literally.
	 */
	private static String containing(String text) {
		return (text == null) ? null : "%"
				+ text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static RiskRow row(ResultSet rs, LocalDate today) throws SQLException {
		Date due = rs.getDate("treatment_due");
		Date until = rs.getDate("accepted_until");
		RiskStatus status = RiskStatus.valueOf(rs.getString("status"));
		LocalDate dueDate = (due == null) ? null : due.toLocalDate();
		return new RiskRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("reference"),
				rs.getObject("product_id", UUID.class), rs.getString("product_name"), rs.getString("team_name"),
				rs.getString("owner_name"), RiskLevel.valueOf(rs.getString("level")), rs.getInt("score"), status,
				dueDate, status == RiskStatus.IN_TREATMENT && dueDate != null && dueDate.isBefore(today),
				(until == null) ? null : until.toLocalDate(), rs.getBoolean("acceptance_expired"),
				rs.getBoolean("pending"), rs.getBoolean("marked_for_review"),
				rs.getTimestamp("identified_at").toInstant());
	}

	@Override
	public Optional<RiskDetails> details(RiskId id) {
		List<Choice> affected = this.jdbc.sql("""
				select p.id, p.name from risk_affected_product rp join product p on p.id = rp.product_id
				where rp.risk_id = :id order by lower(p.name)
				""").param("id", id.value()).query((rs, n) -> choice(rs)).list();
		List<AssetChoice> assets = this.jdbc.sql("""
				select a.id, a.name, a.type, (a.owner_product_id is distinct from r.product_id
				  and a.responsible_product_id is distinct from r.product_id) as inherited
				from risk_asset ra join asset a on a.id = ra.asset_id join risk r on r.id = ra.risk_id
				where ra.risk_id = :id order by inherited, lower(a.name)
				""").param("id", id.value()).query((rs, n) -> assetChoice(rs)).list();
		return this.jdbc.sql("""
				select p.id as product_id, p.name as product_name, t.id as team_id, t.name as team_name,
				  o.id as owner_id, o.name as owner_name
				from risk r join product p on p.id = r.product_id
				left join team t on t.id = p.owning_team_id left join person o on o.id = p.risk_owner_id
				where r.id = :id
				""")
			.param("id", id.value())
			.query((rs, n) -> new RiskDetails(rs.getObject("product_id", UUID.class), rs.getString("product_name"),
					rs.getObject("team_id", UUID.class), rs.getString("team_name"),
					rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), affected, assets))
			.optional();
	}

	@Override
	public List<Choice> maintainableProducts(String username, boolean all) {
		return this.jdbc.sql("""
				select p.id, p.name from product p
				where not p.archived and (:all or %s)
				order by lower(p.name)
				""".formatted(AccountPerson.MAINTAINS_PRODUCT))
			.param("all", all)
			.param("username", username)
			.query((rs, n) -> choice(rs))
			.list();
	}

	@Override
	public List<Choice> teams() {
		return this.jdbc.sql("select id, name from team order by lower(name)").query((rs, n) -> choice(rs)).list();
	}

	@Override
	public List<Choice> productsWithOwnGuardrails() {
		return this.jdbc.sql("""
				select p.id, p.name from product_guardrails g join product p on p.id = g.product_id
				order by lower(p.name)
				""").query((rs, n) -> choice(rs)).list();
	}

	@Override
	public Optional<String> productName(UUID product) {
		return this.jdbc.sql("select name from product where id = :id")
			.param("id", product)
			.query(String.class)
			.optional();
	}

	@Override
	public Optional<String> teamName(UUID team) {
		return this.jdbc.sql("select name from team where id = :id").param("id", team).query(String.class).optional();
	}

	@Override
	public Optional<String> personName(UUID person) {
		return this.jdbc.sql("select name from person where id = :id")
			.param("id", person)
			.query(String.class)
			.optional();
	}

	@Override
	public List<AssetChoice> assetChoices(UUID product) {
		return this.jdbc.sql(JdbcRiskPeople.ASSETS_OF_PRODUCT + " order by inherited, lower(a.name)")
			.param("product", product)
			.query((rs, n) -> assetChoice(rs))
			.list();
	}

	@Override
	public Page<AcceptanceRow> acceptances(UUID product, UUID risk, LocalDate today, PageRequest page) {
		String where = " where a.product_id = :product" + ((risk == null) ? "" : " and a.risk_id = :risk");
		Map<String, Object> params = new HashMap<>();
		params.put("product", product);
		if (risk != null) {
			params.put("risk", risk);
		}
		long total = this.jdbc.sql("select count(*) from risk_acceptance a" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AcceptanceRow> rows = this.jdbc.sql("""
				select a.id, a.risk_id, r.title, a.status, coalesce(pe.name, a.requested_by) as requester_name,
				  a.expires_on, a.marked_for_review, a.version,
				  (a.status = 'ACTIVE' and not a.marked_for_review and a.expires_on >= :today) as covers
				from risk_acceptance a join risk r on r.id = a.risk_id left join person pe on pe.id = a.requester_id
				""" + where + " order by a.requested_at desc, a.id limit :limit offset :offset")
			.params(params)
			.param("today", java.sql.Date.valueOf(today))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AcceptanceRow(rs.getObject("id", UUID.class), rs.getObject("risk_id", UUID.class),
					rs.getString("title"), AcceptanceStatus.valueOf(rs.getString("status")),
					rs.getString("requester_name"), rs.getDate("expires_on").toLocalDate(),
					rs.getBoolean("marked_for_review"), rs.getBoolean("covers"), rs.getLong("version")))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public Page<PendingApproval> pending(ApprovalFilter filter, LocalDate today, PageRequest page) {
		// the risk's state as an anti-join on its closed risks: a join to every risk not
		// closed was read whole for the count (large organization: 85,000 risks, 20-60
		// ms)
		StringBuilder where = new StringBuilder(
				"where a.status = 'PENDING' and not exists (select 1 from risk c where c.id = a.risk_id and c.status = 'CLOSED')");
		StringBuilder counted = new StringBuilder(" from risk_acceptance a");
		Map<String, Object> params = new HashMap<>();
		if (filter.minAgeDays() != null) {
			where.append(" and a.requested_at < :requestedBefore");
			params.put("requestedBefore", java.sql.Date.valueOf(today.minusDays(filter.minAgeDays() - 1L)));
		}
		if (filter.productName() != null) {
			where.append(" and lower(p.name) like :productName");
			params.put("productName", containing(filter.productName()));
			counted.append(" join product p on p.id = a.product_id");
		}
		if (filter.level() != null) {
			where.append(" and r.level = :level");
			params.put("level", filter.level().name());
			counted.append(" join risk r on r.id = a.risk_id");
		}
		long total = this.jdbc.sql("select count(*)" + counted + " " + where).params(params).query(Long.class).single();
		List<PendingApproval> rows = this.jdbc.sql("""
				select a.*, r.title, r.level, r.score, p.name as product_name, pe.name as requester_name,
				  (select string_agg(ap.approver, ',' order by ap.approved_at) from risk_acceptance_approval ap
				   where ap.acceptance_id = a.id) as approvers
				from risk_acceptance a join risk r on r.id = a.risk_id join product p on p.id = a.product_id
				left join person pe on pe.id = a.requester_id
				""" + where + " order by a.requested_at, a.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				String names = rs.getString("approvers");
				return new PendingApproval(rs.getObject("id", UUID.class), rs.getLong("version"),
						rs.getObject("risk_id", UUID.class), rs.getString("title"), rs.getString("product_name"),
						RiskLevel.valueOf(rs.getString("level")), rs.getInt("score"), rs.getString("requested_by"),
						rs.getString("requester_name"), rs.getTimestamp("requested_at").toInstant(),
						rs.getDate("expires_on").toLocalDate(), rs.getString("justification"),
						rs.getString("compensating_controls"),
						JdbcAcceptanceRepository.reasons(rs.getString("reasons")), rs.getInt("approvals_needed"),
						(names == null) ? List.of() : List.of(names.split(",")));
			})
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public int[][] heatmap(UUID product, UUID team) {
		int[][] cells = new int[5][5];
		this.jdbc.sql("""
				select r.likelihood, r.impact, count(*) from risk r join product p on p.id = r.product_id
				where\s""" + OPEN + """
				  and (cast(:product as uuid) is null or r.product_id = :product)
				  and (cast(:team as uuid) is null or p.owning_team_id = :team)
				group by r.likelihood, r.impact
				""").param("product", product).param("team", team).query((rs) -> {
			cells[rs.getInt(1) - 1][rs.getInt(2) - 1] = rs.getInt(3);
		});
		return cells;
	}

	@Override
	public Page<RiskRow> openRisks(UUID team, LocalDate today, int limit) {
		Map<String, Object> params = params(teamFilter(team, null), today);
		return firstOfTeam(fromWhere(params) + " and r.status in ('OPEN', 'IN_TREATMENT')",
				"r.score desc, r.identified_at desc, r.id", params, today, limit);
	}

	@Override
	public Page<RiskRow> expiringAcceptances(UUID team, LocalDate today, int withinDays, int limit) {
		Map<String, Object> params = params(teamFilter(team, withinDays), today);
		return firstOfTeam(fromWhere(params), "a.expires_on, r.id", params, today, limit);
	}

	/**
	 * The first rows of a team's list with their number in all (a window count before the
	 * limit, in the same statement); whether a request is pending or an acceptance
	 * expired is asked of the rows shown only, after the limit.
	 */
	private Page<RiskRow> firstOfTeam(String fromWhere, String order, Map<String, Object> params, LocalDate today,
			int limit) {
		long[] total = { 0 };
		List<RiskRow> rows = this.jdbc
			.sql("select l.*, " + PENDING_AND_EXPIRED + " from (" + ROW_COLUMNS + ", row_number() over (order by "
					+ order + ") as n, count(*) over () as total " + fromWhere + " order by n limit " + limit
					+ ") l order by l.n")
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return row(rs, today);
			})
			.list();
		return new Page<>(rows, PageRequest.of(0, limit), total[0]);
	}

	private static RiskFilter teamFilter(UUID team, Integer withinDays) {
		return new RiskFilter(null, team, null, null, null, false, withinDays, null, null, null, RiskFilter.Sort.SCORE,
				true);
	}

	private static Choice choice(ResultSet rs) throws SQLException {
		return new Choice(rs.getObject(1, UUID.class), rs.getString(2));
	}

	private static AssetChoice assetChoice(ResultSet rs) throws SQLException {
		return new AssetChoice(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("type"),
				rs.getBoolean("inherited"));
	}

}
