package io.ownership.persistence.program;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.Choice;
import io.ownership.core.program.champion.Coverage;
import io.ownership.core.program.champion.LeaderboardEntry;
import io.ownership.core.program.meeting.MeetingSummary;
import io.ownership.core.program.champion.RosterEntry;
import io.ownership.core.program.champion.RosterFilter;
import io.ownership.core.program.champion.TeamCoverage;
import io.ownership.core.program.champion.TeamRoster;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.database.VersionedFigure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster, the leaderboard, the meetings and champion coverage, each in at most three
 * statements whatever the number of teams and champions.
 */
@Repository
@Transactional(readOnly = true)
class JdbcChampionQuery implements ChampionQuery, ChampionCoverage {

	private final JdbcClient jdbc;

	private final VersionedFigure<Integer, List<LeaderboardEntry>> leaderboard;

	JdbcChampionQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.leaderboard = new VersionedFigure<>(jdbc, "champions");
	}

	private static final String COVERED = "exists (select 1 from champion a where a.team_id = t.id and a.status = 'ACTIVE')";

	@Override
	public Page<TeamRoster> roster(RosterFilter filter, LocalDate today, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = teamsWhere(filter, params);
		long total = this.jdbc.sql("select count(*) from team t" + where).params(params).query(Long.class).single();
		List<TeamRoster> teams = this.jdbc
			.sql("select t.id, t.name, t.kind, " + COVERED + " as covered from team t" + where
					+ " order by covered, lower(t.name), t.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> team(rs))
			.list();
		if (teams.isEmpty()) {
			return new Page<>(List.of(), page, total);
		}
		Map<String, Object> championParams = new HashMap<>();
		championParams.put("teams", teams.stream().map(TeamRoster::team).toList());
		Map<UUID, List<RosterEntry>> champions = champions("c.team_id in (:teams)", championParams, filter, today);
		return new Page<>(withChampions(teams, champions), page, total);
	}

	@Override
	public List<TeamRoster> roster(RosterFilter filter, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = teamsWhere(filter, params);
		List<TeamRoster> teams = this.jdbc
			.sql("select t.id, t.name, t.kind, " + COVERED + " as covered from team t" + where
					+ " order by covered, lower(t.name), t.id")
			.params(params)
			.query((rs, n) -> team(rs))
			.list();
		if (teams.isEmpty()) {
			return teams;
		}
		Map<UUID, List<RosterEntry>> champions = champions("c.team_id in (select t.id from team t" + where + ")",
				new HashMap<>(params), filter, today);
		return withChampions(teams, champions);
	}

	/**
	 * The conditions of the filter on {@code team t}; only the filters given become
	 * conditions, so that each combination is planned for what it asks.
	 */
	private static String teamsWhere(RosterFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.text() != null) {
			conditions.add("lower(t.name) like :pattern escape '\\'");
			params.put("pattern", pattern(filter.text()));
		}
		if (filter.team() != null) {
			conditions.add("t.id = :team");
			params.put("team", filter.team());
		}
		if (filter.gapsOnly()) {
			conditions.add("not " + COVERED);
		}
		if (filter.status() != null) {
			conditions.add("exists (select 1 from champion s where s.team_id = t.id and s.status = :status)");
			params.put("status", filter.status().name());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/**
	 * A case-insensitive LIKE pattern that finds the text anywhere, wildcards escaped.
	 */
	static String pattern(String text) {
		return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static TeamRoster team(ResultSet rs) throws SQLException {
		return new TeamRoster(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
				rs.getBoolean("covered"), List.of());
	}

	private static List<TeamRoster> withChampions(List<TeamRoster> teams, Map<UUID, List<RosterEntry>> champions) {
		return teams.stream()
			.map((t) -> new TeamRoster(t.team(), t.name(), t.kind(), t.covered(),
					champions.getOrDefault(t.team(), List.of())))
			.toList();
	}

	/**
	 * The nominated and active champions of the teams that {@code teams} selects, by
	 * team: active before nominated, then by name.
	 */
	private Map<UUID, List<RosterEntry>> champions(String teams, Map<String, Object> params, RosterFilter filter,
			LocalDate today) {
		String status = (filter.status() != null) ? " and c.status = :status" : "";
		if (filter.status() != null) {
			params.put("status", filter.status().name());
		}
		Map<UUID, List<RosterEntry>> byTeam = new HashMap<>();
		this.jdbc.sql("""
				with c as (
				  select c.id, c.team_id, p.name, c.status, coalesce(c.activated_on, c.nominated_on) as since,
				         c.time_amount, c.time_unit
				  from champion c join person p on p.id = c.person_id
				  where c.status <> 'STEPPED_DOWN' and\s""" + teams + status + """
				), certification as (
				  select cc.champion_id,
				         count(*) filter (where cc.expires_on is null or cc.expires_on > :today) as certifications,
				         count(*) filter (where cc.expires_on > :today and cc.expires_on <= :warnUntil) as expiring
				  from champion_certification cc where cc.champion_id in (select id from c)
				  group by cc.champion_id
				), points as (
				  select co.champion_id, sum(cp.points) as points
				  from champion_contribution co join contribution_points cp on cp.kind = co.kind
				  where co.champion_id in (select id from c) and co.contributed_on between :yearStart and :yearEnd
				  group by co.champion_id
				), meetings as (
				  select ma.champion_id, count(*) as meetings
				  from meeting_attendance ma join community_meeting m on m.id = ma.meeting_id
				  where ma.champion_id in (select id from c) and m.held_on between :yearStart and :yearEnd
				  group by ma.champion_id
				)
				select c.*, coalesce(certification.certifications, 0) as certifications,
				       coalesce(certification.expiring, 0) as expiring, coalesce(points.points, 0) as points,
				       coalesce(meetings.meetings, 0) as meetings
				from c left join certification on certification.champion_id = c.id
				left join points on points.champion_id = c.id left join meetings on meetings.champion_id = c.id
				order by c.status, lower(c.name), c.id
				""")
			.params(params)
			.param("today", today)
			.param("warnUntil", today.plusDays(Certification.EXPIRY_WARNING_DAYS))
			.param("yearStart", today.withDayOfYear(1))
			.param("yearEnd", today.withDayOfYear(today.lengthOfYear()))
			.query((ResultSet rs) -> {
				String unit = rs.getString("time_unit");
				byTeam.computeIfAbsent(rs.getObject("team_id", UUID.class), (id) -> new ArrayList<>())
					.add(new RosterEntry(rs.getObject("id", UUID.class), rs.getString("name"),
							ChampionStatus.valueOf(rs.getString("status")), rs.getObject("since", LocalDate.class),
							(unit == null) ? null
									: new TimeAllocation(rs.getInt("time_amount"), TimeUnit.valueOf(unit)),
							rs.getInt("certifications"), rs.getInt("expiring"), rs.getInt("points"),
							rs.getInt("meetings")));
			});
		return byTeam;
	}

	/**
	 * A year's leaderboard, aggregated over every contribution of the year and kept until
	 * champions, contributions, points, people or teams change.
	 */
	@Override
	public List<LeaderboardEntry> leaderboard(int year) {
		return this.leaderboard.get(year, () -> this.jdbc.sql("""
				select rank() over (order by sum(cp.points) desc) as rank, c.id, p.name, t.name as team,
				       count(*) as contributions, sum(cp.points) as points
				from champion c
				join person p on p.id = c.person_id
				join team t on t.id = c.team_id
				join champion_contribution co on co.champion_id = c.id
				join contribution_points cp on cp.kind = co.kind
				where co.contributed_on between :yearStart and :yearEnd
				group by c.id, p.name, t.name
				having sum(cp.points) > 0
				order by points desc, lower(p.name)
				""")
			.param("yearStart", LocalDate.of(year, 1, 1))
			.param("yearEnd", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new LeaderboardEntry(rs.getInt("rank"), rs.getObject("id", UUID.class),
					rs.getString("name"), rs.getString("team"), rs.getInt("contributions"), rs.getInt("points")))
			.list());
	}

	private static final String MEETINGS = """
			select m.id, m.held_on, m.topic,
			       coalesce(array_agg(p.name order by lower(p.name)) filter (where p.name is not null), '{}') as names
			from community_meeting m
			left join meeting_attendance ma on ma.meeting_id = m.id
			left join champion c on c.id = ma.champion_id
			left join person p on p.id = c.person_id
			""";

	@Override
	public List<MeetingSummary> meetings(int limit) {
		return this.jdbc.sql(MEETINGS + " group by m.id order by m.held_on desc, m.topic limit :limit")
			.param("limit", limit)
			.query((rs, n) -> meeting(rs))
			.list();
	}

	@Override
	public List<MeetingSummary> meetingsOf(ChampionId champion) {
		return this.jdbc.sql(MEETINGS + """
				where m.id in (select meeting_id from meeting_attendance where champion_id = :champion)
				group by m.id order by m.held_on desc, m.topic
				""").param("champion", champion.value()).query((rs, n) -> meeting(rs)).list();
	}

	private static MeetingSummary meeting(ResultSet rs) throws SQLException {
		Array names = rs.getArray("names");
		return new MeetingSummary(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
				rs.getString("topic"), Arrays.stream((Object[]) names.getArray()).map(String::valueOf).toList());
	}

	@Override
	public TeamCoverage forTeam(TeamId team) {
		List<String> names = this.jdbc.sql("""
				select p.name from champion c join person p on p.id = c.person_id
				where c.team_id = :team and c.status = 'ACTIVE' order by lower(p.name)
				""").param("team", team.value()).query(String.class).list();
		return new TeamCoverage(team, names);
	}

	@Override
	public Coverage organization() {
		return this.jdbc.sql("""
				select count(*) filter (where exists (select 1 from champion c
				                                      where c.team_id = t.id and c.status = 'ACTIVE')) as covered,
				       count(*) as teams
				from team t
				""").query((rs, n) -> new Coverage(rs.getInt("covered"), rs.getInt("teams"))).single();
	}

	@Override
	public List<Choice> teamsWithoutActiveChampion() {
		return this.jdbc.sql("""
				select t.id, t.name from team t
				where not exists (select 1 from champion c where c.team_id = t.id and c.status = 'ACTIVE')
				order by lower(t.name), t.id
				""").query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name"))).list();
	}

	@Override
	public List<Choice> teams() {
		return this.jdbc.sql("select id, name from team order by lower(name)")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	@Override
	public List<Choice> people() {
		return this.jdbc.sql("select id, name, email from person where active order by lower(name)")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class),
					rs.getString("name") + " <" + rs.getString("email") + ">"))
			.list();
	}

	@Override
	public List<Choice> currentChampions() {
		return this.jdbc.sql("""
				select c.id, p.name, t.name as team from champion c
				join person p on p.id = c.person_id join team t on t.id = c.team_id
				where c.status <> 'STEPPED_DOWN' order by lower(p.name), lower(t.name)
				""")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class),
					rs.getString("name") + " (" + rs.getString("team") + ")"))
			.list();
	}

}
