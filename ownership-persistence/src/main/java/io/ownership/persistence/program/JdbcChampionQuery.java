package io.ownership.persistence.program;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.Certification;
import io.ownership.core.program.ChampionCoverage;
import io.ownership.core.program.ChampionId;
import io.ownership.core.program.ChampionQuery;
import io.ownership.core.program.ChampionStatus;
import io.ownership.core.program.Choice;
import io.ownership.core.program.Coverage;
import io.ownership.core.program.LeaderboardEntry;
import io.ownership.core.program.MeetingSummary;
import io.ownership.core.program.RosterEntry;
import io.ownership.core.program.TeamCoverage;
import io.ownership.core.program.TeamRoster;
import io.ownership.core.program.TimeAllocation;
import io.ownership.core.program.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster, the leaderboard, the meetings and champion coverage, each in one or two
 * statements whatever the number of teams and champions.
 */
@Repository
@Transactional(readOnly = true)
class JdbcChampionQuery implements ChampionQuery, ChampionCoverage {

	private final JdbcClient jdbc;

	JdbcChampionQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TeamRoster> roster(LocalDate today) {
		Map<UUID, List<RosterEntry>> byTeam = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, c.team_id, p.name, c.status, coalesce(c.activated_on, c.nominated_on) as since,
				       c.time_amount, c.time_unit,
				       (select count(*) from champion_certification cc where cc.champion_id = c.id
				          and (cc.expires_on is null or cc.expires_on > :today)) as certifications,
				       (select count(*) from champion_certification cc where cc.champion_id = c.id
				          and cc.expires_on > :today and cc.expires_on <= :warnUntil) as expiring,
				       (select coalesce(sum(cp.points), 0) from champion_contribution co
				          join contribution_points cp on cp.kind = co.kind
				          where co.champion_id = c.id and co.contributed_on between :yearStart and :yearEnd) as points,
				       (select count(*) from meeting_attendance ma join community_meeting m on m.id = ma.meeting_id
				          where ma.champion_id = c.id and m.held_on between :yearStart and :yearEnd) as meetings
				from champion c join person p on p.id = c.person_id
				where c.status <> 'STEPPED_DOWN'
				order by c.status, lower(p.name)
				""")
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
		List<TeamRoster> teams = this.jdbc.sql("select id, name, kind from team order by lower(name)")
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new TeamRoster(id, rs.getString("name"), rs.getString("kind"),
						byTeam.getOrDefault(id, List.of()));
			})
			.list();
		return teams.stream().sorted(Comparator.comparing(TeamRoster::covered)).toList();
	}

	@Override
	public List<LeaderboardEntry> leaderboard(int year) {
		return this.jdbc.sql("""
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
			.list();
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
