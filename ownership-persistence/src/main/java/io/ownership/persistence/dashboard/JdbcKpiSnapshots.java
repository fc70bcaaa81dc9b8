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
	private static final String BACKFILL = """
			with days as (
			    select cast(d as date) as day, cast(d as date) + 1 as next from generate_series(cast(:from as date),
			        cast(:until as date), interval '1 day') d
			    where not exists (select 1 from kpi_snapshot s where s.scope = 'ORGANIZATION' and s.day = cast(d as date)
			        and s.kpi = 'ACCEPTANCES_AUTONOMOUS')
			),
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
			insert into kpi_snapshot (day, scope, kpi, numerator, denominator, source)
			select c.day, case when c.by_org = 1 then 'ORGANIZATION' else cast(c.team_id as varchar) end, k.kpi, k.n, k.d,
			       'BACKFILL'
			from counted c
			cross join lateral (values ('ACCEPTANCES_AUTONOMOUS', c.autonomous, c.active),
			                           ('REQUESTS_PENDING', c.pending_days, c.pending)) k(kpi, n, d)
			where c.by_org = 1 or c.team_id is not null
			on conflict (scope, kpi, day) do nothing
			""";

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
		return this.jdbc.sql(BACKFILL).param("from", from).param("until", until).update();
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
