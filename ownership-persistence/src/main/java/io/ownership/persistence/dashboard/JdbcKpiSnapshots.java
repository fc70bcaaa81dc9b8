package io.ownership.persistence.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiSnapshot;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.dashboard.KpiValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code kpi_snapshot} (V80): one row per day, scope and KPI, upserted.
 */
@Repository
@Transactional
class JdbcKpiSnapshots implements KpiSnapshots {

	static final String ORGANIZATION = "ORGANIZATION";

	/**
	 * Each acceptance's state between two of its transitions, from the append-only
	 * transitions; a state holds on a day when it began before the day's end (UTC) and
	 * had not ended by then.
	 */
	private static final String BACKFILL = days("ACCEPTANCES_AUTONOMOUS") + """
			spans as (
			    select t.acceptance_id, t.to_status as status, t.occurred_at as since,
			           lead(t.occurred_at) over (partition by t.acceptance_id order by t.position) as ended
			    from risk_acceptance_transition t
			),
			states as (
			    select days.day, s.status, a.autonomous, a.requested_at, p.owning_team_id as team_id
			    from days
			    join spans s on s.since < cast(days.next as timestamp) at time zone 'UTC'
			     and (s.ended is null or s.ended >= cast(days.next as timestamp) at time zone 'UTC')
			     and s.status in ('ACTIVE', 'PENDING')
			    join risk_acceptance a on a.id = s.acceptance_id
			    join product p on p.id = a.product_id
			),
			counted as (
			    select days.day, grouping(st.team_id) as by_org, st.team_id,
			           count(st.status) filter (where st.status = 'ACTIVE' and st.autonomous) as autonomous,
			           count(st.status) filter (where st.status = 'ACTIVE') as active,
			           coalesce(sum(days.day - cast(st.requested_at at time zone 'UTC' as date))
			               filter (where st.status = 'PENDING'), 0) as pending_days,
			           count(st.status) filter (where st.status = 'PENDING') as pending
			    from days left join states st on st.day = days.day
			    group by grouping sets ((days.day), (days.day, st.team_id))
			)
			""" + insert("""
			('ACCEPTANCES_AUTONOMOUS', c.autonomous, c.active), ('REQUESTS_PENDING', c.pending_days, c.pending)""");

	/**
	 * The gate's KPIs of past days from {@code gate_evaluation} (kept with their times):
	 * the evaluations of the 30 days ending with the day and their passes, and the
	 * products whose latest evaluation by the day's end (UTC) failed (each evaluation is
	 * the product's state until the next one); per team, the product's team of today.
	 */
	private static final String GATE_BACKFILL = days("GATE_PASS_RATE")
			+ """
					spans as (
					    select e.product_id, e.decision, e.evaluated_at as since,
					           lead(e.evaluated_at) over (partition by e.product_id order by e.evaluated_at, e.id) as ended
					    from gate_evaluation e
					),
					counted_rows as (
					    select days.day, p.owning_team_id as team_id, 1 as evaluated,
					           case when e.decision = 'PASS' then 1 else 0 end as passed, 0 as failed
					    from days
					    join gate_evaluation e on e.evaluated_at >= cast(days.next - %d as timestamp) at time zone 'UTC'
					     and e.evaluated_at < cast(days.next as timestamp) at time zone 'UTC'
					    join product p on p.id = e.product_id
					    union all
					    select days.day, p.owning_team_id, 0, 0, 1
					    from days
					    join spans s on s.decision = 'FAIL' and s.since < cast(days.next as timestamp) at time zone 'UTC'
					     and (s.ended is null or s.ended >= cast(days.next as timestamp) at time zone 'UTC')
					    join product p on p.id = s.product_id
					),
					counted as (
					    select days.day, grouping(r.team_id) as by_org, r.team_id,
					           coalesce(sum(r.evaluated), 0) as evaluations, coalesce(sum(r.passed), 0) as passes,
					           coalesce(sum(r.failed), 0) as failing
					    from days left join counted_rows r on r.day = days.day
					    group by grouping sets ((days.day), (days.day, r.team_id))
					)
					insert into kpi_snapshot (day, scope, kpi, numerator, denominator, source)
					select c.day, case when c.by_org = 1 then 'ORGANIZATION' else cast(c.team_id as varchar) end, k.kpi, k.n, k.d,
					       'BACKFILL'
					from counted c
					cross join lateral (values ('GATE_PASS_RATE', c.passes, c.evaluations),
					                           ('GATE_FAILING', c.failing, c.failing)) k(kpi, n, d)
					where c.by_org = 1 or c.team_id is not null
					on conflict (scope, kpi, day) do nothing
					"""
				.formatted(Kpi.GATE_DAYS);

	/**
	 * The days to backfill: those without the KPI's organization snapshot.
	 */
	private static String days(String kpi) {
		return """
				with days as (
				    select cast(d as date) as day, cast(d as date) + 1 as next from generate_series(cast(:from as date),
				        cast(:until as date), interval '1 day') d
				    where not exists (select 1 from kpi_snapshot s where s.scope = 'ORGANIZATION'
				        and s.day = cast(d as date) and s.kpi = '%s')
				),
				""".formatted(kpi);
	}

	/**
	 * The rows of {@code counted} (per day, organization and teams) inserted as the KPIs'
	 * backfilled values, days with their own left alone.
	 * @param values {@code (kpi, numerator, denominator)} tuples over {@code c}
	 */
	private static String insert(String values) {
		return """
				insert into kpi_snapshot (day, scope, kpi, numerator, denominator, source)
				select c.day, case when c.by_org = 1 then 'ORGANIZATION' else cast(c.team_id as varchar) end, k.kpi, k.n,
				       k.d, 'BACKFILL'
				from counted c
				cross join lateral (values %s) k(kpi, n, d)
				where c.by_org = 1 or c.team_id is not null
				on conflict (scope, kpi, day) do nothing
				"""
			.formatted(values.strip());
	}

	private final JdbcClient jdbc;

	JdbcKpiSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(Collection<KpiSnapshot> snapshots) {
		if (snapshots.isEmpty()) {
			return;
		}
		LocalDate[] days = new LocalDate[snapshots.size()];
		String[] scopes = new String[snapshots.size()];
		String[] kpis = new String[snapshots.size()];
		Long[] numerators = new Long[snapshots.size()];
		Long[] denominators = new Long[snapshots.size()];
		String[] sources = new String[snapshots.size()];
		int i = 0;
		for (KpiSnapshot snapshot : snapshots) {
			days[i] = snapshot.day();
			scopes[i] = scope(snapshot.team());
			kpis[i] = snapshot.value().kpi().name();
			numerators[i] = snapshot.value().numerator();
			denominators[i] = snapshot.value().denominator();
			sources[i] = snapshot.source().name();
			i++;
		}
		this.jdbc.sql("""
				insert into kpi_snapshot (day, scope, kpi, numerator, denominator, source)
				select * from unnest(cast(:days as date[]), cast(:scopes as varchar[]), cast(:kpis as varchar[]),
				                     cast(:numerators as bigint[]), cast(:denominators as bigint[]),
				                     cast(:sources as varchar[]))
				on conflict (scope, kpi, day) do update set numerator = excluded.numerator,
				    denominator = excluded.denominator, source = excluded.source
				""")
			.param("days", java.util.Arrays.stream(days).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
			.param("scopes", scopes)
			.param("kpis", kpis)
			.param("numerators", numerators)
			.param("denominators", denominators)
			.param("sources", sources)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<KpiSnapshot> history(UUID team, LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				select day, kpi, numerator, denominator, source from kpi_snapshot
				where scope = :scope and day between :from and :until order by day, kpi
				""")
			.param("scope", scope(team))
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> snapshot(rs, team))
			.list();
	}

	@Override
	public int backfill(LocalDate from, LocalDate until) {
		if (from.isAfter(until)) {
			return 0;
		}
		return this.jdbc.sql(BACKFILL).param("from", from).param("until", until).update()
				+ this.jdbc.sql(GATE_BACKFILL).param("from", from).param("until", until).update();
	}

	private static KpiSnapshot snapshot(ResultSet rs, UUID team) throws SQLException {
		return new KpiSnapshot(rs.getDate("day").toLocalDate(), team,
				new KpiValue(Kpi.valueOf(rs.getString("kpi")), rs.getLong("numerator"), rs.getLong("denominator")),
				KpiSnapshot.Source.valueOf(rs.getString("source")));
	}

	private static String scope(UUID team) {
		return (team == null) ? ORGANIZATION : team.toString();
	}

}
