package io.ownership.persistence.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiSet;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.core.dashboard.TeamKpis;
import io.ownership.persistence.catalog.CatalogConditions;
import io.ownership.persistence.database.VersionedFigure;
import io.ownership.persistence.risk.RiskConditions;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days between two dates count as 0 when the later one comes first (records dated after
 * today, a closure dated before the identification): a count never goes negative.
 * <p>
 * The KPIs in six statements, whatever the size of the organization: products, assets
 * risks, the gate and incidents each grouped by {@code grouping sets} (organization,
 * owning team, product kind), and the teams with their champion coverage. The conditions
 * are those of the lists the dashboard links to ({@link CatalogConditions#PRODUCT_GAP},
 * {@link CatalogConditions#MISSING_MATRIX}, {@link RiskConditions#OPEN}...), so that a
 * linked list's total is the number shown.
 * <p>
 * The organization's board and its open-risk cells read every risk, product and asset
 * (half a second of database time on a large organization): they are kept until a
 * transaction that changed their data commits (docs/decisions/0006), the board also until
 * the day changes. A team's KPIs are read for that team alone.
 */
@Repository
@Transactional(readOnly = true)
class JdbcKpiQuery implements KpiQuery {

	private static final String GROUPS = " group by grouping sets ((), (p.owning_team_id), (p.kind))";

	private static final String PRODUCTS = """
			select grouping(p.owning_team_id) as by_team, grouping(p.kind) as by_kind, p.owning_team_id as team_id,
			       p.kind, count(*) as products,
			       count(*) filter (where not %s) as owned,
			       count(*) filter (where not %s) as with_matrices
			from product p
			left join person po on po.id = p.product_owner_id
			left join person ro on ro.id = p.risk_owner_id
			where not p.archived
			""".formatted(CatalogConditions.PRODUCT_GAP, CatalogConditions.MISSING_MATRIX);

	/**
	 * An asset counts for the product that owns it, or, owned by a vendor, for the
	 * product responsible for it; an asset with neither counts for the organization only.
	 */
	private static final String ASSETS = """
			select grouping(p.owning_team_id) as by_team, grouping(p.kind) as by_kind, p.owning_team_id as team_id,
			       p.kind, count(*) as assets, count(*) filter (where not %s) as covered
			from asset a
			left join product p on p.id = coalesce(a.owner_product_id, a.responsible_product_id)
			""".formatted(CatalogConditions.ASSET_GAP);

	private static final String RISKS = """
			select grouping(p.owning_team_id) as by_team, grouping(p.kind) as by_kind, p.owning_team_id as team_id,
			       p.kind,
			       count(a.id) as active, count(*) filter (where a.autonomous) as autonomous,
			       count(*) filter (where %s) as expired,
			       count(pa.id) as pending,
			       coalesce(sum(greatest(cast(:today as date) - cast(pa.requested_at as date), 0)), 0) as pending_days,
			       count(*) filter (where %s) as open,
			       count(*) filter (where %<s and r.level = 'LOW') as open_low,
			       count(*) filter (where %<s and r.level = 'MEDIUM') as open_medium,
			       count(*) filter (where %<s and r.level = 'HIGH') as open_high,
			       count(*) filter (where %<s and r.level = 'CRITICAL') as open_critical,
			       count(*) filter (where %<s and cast(:today as date) - cast(r.identified_at as date) <= 30) as age_0_30,
			       count(*) filter (where %<s and cast(:today as date) - cast(r.identified_at as date) between 31 and 90) as age_31_90,
			       count(*) filter (where %<s and cast(:today as date) - cast(r.identified_at as date) between 91 and 180) as age_91_180,
			       count(*) filter (where %<s and cast(:today as date) - cast(r.identified_at as date) > 180) as age_over_180,
			       count(*) filter (where r.status = 'IN_TREATMENT') as in_treatment,
			       count(*) filter (where r.status = 'IN_TREATMENT' and r.treatment_due < :today) as overdue,
			       count(*) filter (where r.status = 'CLOSED' and r.level = 'LOW') as closed_low,
			       count(*) filter (where r.status = 'CLOSED' and r.level = 'MEDIUM') as closed_medium,
			       count(*) filter (where r.status = 'CLOSED' and r.level = 'HIGH') as closed_high,
			       count(*) filter (where r.status = 'CLOSED' and r.level = 'CRITICAL') as closed_critical,
			       %s,
			       %s
			from risk r
			join product p on p.id = r.product_id
			left join risk_acceptance a on a.risk_id = r.id and a.status = 'ACTIVE'
			left join risk_acceptance pa on pa.risk_id = r.id and pa.status = 'PENDING'
			"""
		.formatted(RiskConditions.ACCEPTANCE_EXPIRED, RiskConditions.OPEN, closedDays(), decidedDays());

	/**
	 * The gate: evaluations of the 30 days ending with the day (UTC,
	 * {@link Kpi#GATE_DAYS}) and their passes, as {@code GateQuery.passRate} counts them,
	 * and the products whose latest evaluation failed (the {@code /gate} list,
	 * {@code gate_state}).
	 */
	private static final String GATE = """
			select grouping(p.owning_team_id) as by_team, grouping(p.kind) as by_kind, p.owning_team_id as team_id,
			       p.kind,
			       count(e.id) as evaluations, count(e.id) filter (where e.decision = 'PASS') as passes,
			       count(distinct s.product_id) as failing
			from product p
			left join gate_evaluation e on e.product_id = p.id and e.evaluated_at >= :from and e.evaluated_at < :to
			left join gate_state s on s.product_id = p.id and s.decision = 'FAIL'
			""";

	/**
	 * Security incidents, counted for their product's team and kind (archived products'
	 * too, as risks): the contained ones with their hours from detection to containment,
	 * the resolved ones with their hours from detection to resolution, each sum rounded
	 * to whole hours.
	 */
	private static final String INCIDENTS = """
			select grouping(p.owning_team_id) as by_team, grouping(p.kind) as by_kind, p.owning_team_id as team_id,
			       p.kind,
			       count(i.contained_at) as contained,
			       cast(round(coalesce(sum(extract(epoch from i.contained_at - i.detected_at)), 0) / 3600) as bigint)
			           as contain_hours,
			       count(i.resolved_at) as resolved,
			       cast(round(coalesce(sum(extract(epoch from i.resolved_at - i.detected_at)), 0) / 3600) as bigint)
			           as resolve_hours
			from security_incident i
			join product p on p.id = i.product_id
			""";

	private static final String TEAMS = """
			select t.id, t.name, t.kind,
			       exists (select 1 from champion c where c.team_id = t.id and c.status = 'ACTIVE') as covered
			from team t
			""";

	private final JdbcClient jdbc;

	private final VersionedFigure<LocalDate, KpiBoard> board;

	private final VersionedFigure<Boolean, long[][]> openRiskCells;

	JdbcKpiQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.board = new VersionedFigure<>(jdbc, "content", "gate-result");
		this.openRiskCells = new VersionedFigure<>(jdbc, "content");
	}

	private static String closedDays() {
		List<String> sums = new ArrayList<>();
		for (String level : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
			sums.add(
					"coalesce(sum(greatest(cast(r.closed_at as date) - cast(r.identified_at as date), 0)) filter (where"
							+ " r.status" + " = 'CLOSED' and r.level = '" + level + "'), 0) as closed_days_"
							+ level.toLowerCase());
		}
		return String.join(",\n       ", sums);
	}

	/**
	 * Per level: the risks with a first decision ({@link RiskConditions#DECIDED}) and the
	 * days from identification to it, summed.
	 */
	private static String decidedDays() {
		List<String> sums = new ArrayList<>();
		for (String level : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
			String decided = RiskConditions.DECIDED + " and r.level = '" + level + "'";
			sums.add("count(*) filter (where " + decided + ") as decided_" + level.toLowerCase());
			sums.add(
					"coalesce(sum(greatest(cast(r.decided_at as date) - cast(r.identified_at as date), 0)) filter (where "
							+ decided + "), 0) as decided_days_" + level.toLowerCase());
		}
		return String.join(",\n       ", sums);
	}

	@Override
	public KpiBoard board(LocalDate today) {
		return this.board.get(today, () -> count(today));
	}

	private KpiBoard count(LocalDate today) {
		Groups groups = new Groups();
		read(PRODUCTS + GROUPS, null, today, groups, JdbcKpiQuery::products);
		read(ASSETS + GROUPS, null, today, groups, JdbcKpiQuery::assets);
		read(RISKS + GROUPS, null, today, groups, JdbcKpiQuery::risks);
		read(GATE + GROUPS, null, today, groups, JdbcKpiQuery::gate);
		read(INCIDENTS + GROUPS, null, today, groups, JdbcKpiQuery::incidents);
		List<TeamKpis> teams = new ArrayList<>();
		long[] covered = new long[2];
		this.jdbc.sql(TEAMS + " order by lower(t.name), t.id").query((RowCallbackHandler) (rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			boolean teamCovered = rs.getBoolean("covered");
			covered[0] += teamCovered ? 1 : 0;
			covered[1]++;
			List<KpiValue> values = new ArrayList<>(groups.teams.getOrDefault(id, List.of()));
			values.add(new KpiValue(Kpi.CHAMPION_COVERAGE, teamCovered ? 1 : 0, 1));
			teams.add(new TeamKpis(id, rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
					complete(values, false)));
		});
		List<KpiValue> organization = new ArrayList<>(groups.organization);
		organization.add(new KpiValue(Kpi.CHAMPION_COVERAGE, covered[0], covered[1]));
		Map<ProductKind, KpiSet> kinds = new EnumMap<>(ProductKind.class);
		for (ProductKind kind : ProductKind.values()) {
			kinds.put(kind, complete(groups.kinds.getOrDefault(kind, List.of()), true));
		}
		return new KpiBoard(complete(organization, false), teams, kinds);
	}

	@Override
	public KpiSet team(UUID team, LocalDate today) {
		Groups groups = new Groups();
		String only = " where p.owning_team_id = :team";
		read(PRODUCTS + " and p.owning_team_id = :team" + GROUPS, team, today, groups, JdbcKpiQuery::products);
		read(ASSETS + only + GROUPS, team, today, groups, JdbcKpiQuery::assets);
		read(RISKS + only + GROUPS, team, today, groups, JdbcKpiQuery::risks);
		read(GATE + only + GROUPS, team, today, groups, JdbcKpiQuery::gate);
		read(INCIDENTS + only + GROUPS, team, today, groups, JdbcKpiQuery::incidents);
		List<KpiValue> values = new ArrayList<>(groups.teams.getOrDefault(team, List.of()));
		this.jdbc.sql(TEAMS + " where t.id = :team")
			.param("team", team)
			.query((RowCallbackHandler) (rs) -> values
				.add(new KpiValue(Kpi.CHAMPION_COVERAGE, rs.getBoolean("covered") ? 1 : 0, 1)));
		return complete(values, false);
	}

	@Override
	public long[][] openRiskCells() {
		long[][] cells = this.openRiskCells.get(true, this::countOpenRiskCells);
		long[][] copy = new long[cells.length][];
		for (int row = 0; row < cells.length; row++) {
			copy[row] = cells[row].clone();
		}
		return copy;
	}

	private long[][] countOpenRiskCells() {
		long[][] cells = new long[5][5];
		this.jdbc
			.sql("select r.likelihood, r.impact, count(*) from risk r where " + RiskConditions.OPEN
					+ " group by r.likelihood, r.impact")
			.query((RowCallbackHandler) (rs) -> cells[rs.getInt(1) - 1][rs.getInt(2) - 1] = rs.getLong(3));
		return cells;
	}

	/**
	 * Every KPI of the query's groups, zero over zero where no row was counted (a team
	 * without products), the per-kind set without the KPIs of people and teams.
	 */
	private static KpiSet complete(List<KpiValue> values, boolean kind) {
		Map<Kpi, KpiValue> all = new EnumMap<>(Kpi.class);
		for (Kpi kpi : Kpi.values()) {
			if (kpi.group() != Kpi.Group.PROGRAM && (!kind || kpi.perKind())) {
				all.put(kpi, KpiValue.zero(kpi));
			}
		}
		values.forEach((value) -> all.put(value.kpi(), value));
		return new KpiSet(all.values());
	}

	private void read(String sql, UUID team, LocalDate today, Groups groups, Reader reader) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("today", today);
		if (sql.startsWith(GATE)) {
			statement = statement.param("from", start(today.minusDays(Kpi.GATE_DAYS - 1)))
				.param("to", start(today.plusDays(1)));
		}
		if (team != null) {
			statement = statement.param("team", team);
		}
		statement.query((RowCallbackHandler) (rs) -> {
			List<KpiValue> values = reader.read(rs);
			if (rs.getInt("by_team") == 1 && rs.getInt("by_kind") == 1) {
				groups.organization.addAll(values);
			}
			else if (rs.getInt("by_team") == 0) {
				UUID id = rs.getObject("team_id", UUID.class);
				if (id != null) {
					groups.teams.computeIfAbsent(id, (key) -> new ArrayList<>()).addAll(values);
				}
			}
			else if (rs.getString("kind") != null) {
				groups.kinds.computeIfAbsent(ProductKind.valueOf(rs.getString("kind")), (key) -> new ArrayList<>())
					.addAll(values);
			}
		});
	}

	private static List<KpiValue> products(ResultSet rs) throws SQLException {
		long products = rs.getLong("products");
		return List.of(new KpiValue(Kpi.PRODUCTS_OWNED, rs.getLong("owned"), products),
				new KpiValue(Kpi.PRODUCTS_WITH_MATRICES, rs.getLong("with_matrices"), products));
	}

	private static List<KpiValue> assets(ResultSet rs) throws SQLException {
		return List.of(new KpiValue(Kpi.ASSETS_COVERED, rs.getLong("covered"), rs.getLong("assets")));
	}

	private static List<KpiValue> risks(ResultSet rs) throws SQLException {
		long open = rs.getLong("open");
		List<KpiValue> values = new ArrayList<>();
		values.add(new KpiValue(Kpi.ACCEPTANCES_AUTONOMOUS, rs.getLong("autonomous"), rs.getLong("active")));
		values.add(new KpiValue(Kpi.ACCEPTANCES_EXPIRED, rs.getLong("expired"), open));
		values.add(new KpiValue(Kpi.REQUESTS_PENDING, rs.getLong("pending_days"), rs.getLong("pending")));
		values.add(new KpiValue(Kpi.OPEN_RISKS, open, open));
		values.add(new KpiValue(Kpi.OPEN_LOW, rs.getLong("open_low"), open));
		values.add(new KpiValue(Kpi.OPEN_MEDIUM, rs.getLong("open_medium"), open));
		values.add(new KpiValue(Kpi.OPEN_HIGH, rs.getLong("open_high"), open));
		values.add(new KpiValue(Kpi.OPEN_CRITICAL, rs.getLong("open_critical"), open));
		values.add(new KpiValue(Kpi.OPEN_AGE_0_30, rs.getLong("age_0_30"), open));
		values.add(new KpiValue(Kpi.OPEN_AGE_31_90, rs.getLong("age_31_90"), open));
		values.add(new KpiValue(Kpi.OPEN_AGE_91_180, rs.getLong("age_91_180"), open));
		values.add(new KpiValue(Kpi.OPEN_AGE_OVER_180, rs.getLong("age_over_180"), open));
		values.add(new KpiValue(Kpi.TREATMENTS_OVERDUE, rs.getLong("overdue"), rs.getLong("in_treatment")));
		values.add(new KpiValue(Kpi.DAYS_TO_CLOSE_LOW, rs.getLong("closed_days_low"), rs.getLong("closed_low")));
		values
			.add(new KpiValue(Kpi.DAYS_TO_CLOSE_MEDIUM, rs.getLong("closed_days_medium"), rs.getLong("closed_medium")));
		values.add(new KpiValue(Kpi.DAYS_TO_CLOSE_HIGH, rs.getLong("closed_days_high"), rs.getLong("closed_high")));
		values.add(new KpiValue(Kpi.DAYS_TO_CLOSE_CRITICAL, rs.getLong("closed_days_critical"),
				rs.getLong("closed_critical")));
		values.add(new KpiValue(Kpi.DAYS_TO_DECIDE_LOW, rs.getLong("decided_days_low"), rs.getLong("decided_low")));
		values.add(new KpiValue(Kpi.DAYS_TO_DECIDE_MEDIUM, rs.getLong("decided_days_medium"),
				rs.getLong("decided_medium")));
		values.add(new KpiValue(Kpi.DAYS_TO_DECIDE_HIGH, rs.getLong("decided_days_high"), rs.getLong("decided_high")));
		values.add(new KpiValue(Kpi.DAYS_TO_DECIDE_CRITICAL, rs.getLong("decided_days_critical"),
				rs.getLong("decided_critical")));
		return values;
	}

	private static List<KpiValue> gate(ResultSet rs) throws SQLException {
		return List.of(new KpiValue(Kpi.GATE_PASS_RATE, rs.getLong("passes"), rs.getLong("evaluations")),
				new KpiValue(Kpi.GATE_FAILING, rs.getLong("failing"), rs.getLong("failing")));
	}

	private static List<KpiValue> incidents(ResultSet rs) throws SQLException {
		return List.of(
				new KpiValue(Kpi.INCIDENT_HOURS_TO_CONTAIN, rs.getLong("contain_hours"), rs.getLong("contained")),
				new KpiValue(Kpi.INCIDENT_HOURS_TO_RESOLVE, rs.getLong("resolve_hours"), rs.getLong("resolved")));
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	@FunctionalInterface
	private interface Reader {

		List<KpiValue> read(ResultSet rs) throws SQLException;

	}

	private static final class Groups {

		final List<KpiValue> organization = new ArrayList<>();

		final Map<UUID, List<KpiValue>> teams = new HashMap<>();

		final Map<ProductKind, List<KpiValue>> kinds = new EnumMap<>(ProductKind.class);

	}

}
