package io.ownership.persistence.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionRepository;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.meeting.CommunityMeeting;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.ContributionPointsRepository;
import io.ownership.core.program.meeting.MeetingRepository;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Champions with their certifications and contributions (three statements to load one),
 * the points per kind and the community meetings. A champion's row carries a version
 * checked on every save.
 */
@Repository
@Transactional(readOnly = true)
class JdbcChampionRepository implements ChampionRepository, ContributionPointsRepository, MeetingRepository {

	private final JdbcClient jdbc;

	JdbcChampionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Champion> findById(ChampionId id) {
		List<Certification> certifications = this.jdbc.sql("""
				select name, issuer, obtained_on, expires_on from champion_certification
				where champion_id = :id order by position
				""")
			.param("id", id.value())
			.query((rs, n) -> new Certification(rs.getString("name"), rs.getString("issuer"),
					rs.getObject("obtained_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class)))
			.list();
		List<Contribution> contributions = this.jdbc.sql("""
				select kind, contributed_on, description from champion_contribution
				where champion_id = :id order by position
				""")
			.param("id", id.value())
			.query((rs, n) -> new Contribution(ContributionKind.valueOf(rs.getString("kind")),
					rs.getObject("contributed_on", LocalDate.class), rs.getString("description")))
			.list();
		return this.jdbc.sql("select * from champion where id = :id")
			.param("id", id.value())
			.query((rs, n) -> champion(rs, certifications, contributions))
			.optional();
	}

	private static Champion champion(ResultSet rs, List<Certification> certifications, List<Contribution> contributions)
			throws SQLException {
		String unit = rs.getString("time_unit");
		TimeAllocation time = (unit == null) ? null
				: new TimeAllocation(rs.getInt("time_amount"), TimeUnit.valueOf(unit));
		return new Champion(new ChampionId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), new TeamId(rs.getObject("team_id", UUID.class)),
				ChampionStatus.valueOf(rs.getString("status")), rs.getObject("nominated_on", LocalDate.class),
				rs.getObject("activated_on", LocalDate.class), rs.getObject("stepped_down_on", LocalDate.class), time,
				certifications, contributions, rs.getLong("version"));
	}

	@Override
	public boolean isNominatedOrActive(PersonId person, TeamId team) {
		return this.jdbc.sql("""
				select exists (select 1 from champion
				               where person_id = :person and team_id = :team and status <> 'STEPPED_DOWN')
				""").param("person", person.value()).param("team", team.value()).query(Boolean.class).single();
	}

	@Override
	@Transactional
	public void save(Champion champion) {
		UUID id = champion.id().value();
		TimeAllocation time = champion.time();
		int updated = this.jdbc.sql("""
				update champion set status = :status, activated_on = :activated, stepped_down_on = :steppedDown,
				       time_amount = :amount, time_unit = :unit, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("status", champion.status().name())
			.param("activated", champion.activatedOn())
			.param("steppedDown", champion.steppedDownOn())
			.param("amount", (time == null) ? null : time.amount())
			.param("unit", (time == null) ? null : time.unit().name())
			.param("version", champion.version())
			.update();
		if (updated == 0) {
			boolean exists = this.jdbc.sql("select exists (select 1 from champion where id = :id)")
				.param("id", id)
				.query(Boolean.class)
				.single();
			if (exists) {
				throw new StaleVersionException("Champion", champion.id());
			}
			this.jdbc.sql("""
					insert into champion (id, person_id, team_id, status, nominated_on, activated_on, stepped_down_on,
					                      time_amount, time_unit)
					values (:id, :person, :team, :status, :nominated, :activated, :steppedDown, :amount, :unit)
					""")
				.param("id", id)
				.param("person", champion.person().value())
				.param("team", champion.team().value())
				.param("status", champion.status().name())
				.param("nominated", champion.nominatedOn())
				.param("activated", champion.activatedOn())
				.param("steppedDown", champion.steppedDownOn())
				.param("amount", (time == null) ? null : time.amount())
				.param("unit", (time == null) ? null : time.unit().name())
				.update();
		}
		this.jdbc.sql("delete from champion_certification where champion_id = :id").param("id", id).update();
		int position = 0;
		for (Certification certification : champion.certifications()) {
			this.jdbc.sql("""
					insert into champion_certification (champion_id, position, name, issuer, obtained_on, expires_on)
					values (:id, :position, :name, :issuer, :obtained, :expires)
					""")
				.param("id", id)
				.param("position", position++)
				.param("name", certification.name())
				.param("issuer", certification.issuer())
				.param("obtained", certification.obtained())
				.param("expires", certification.expires())
				.update();
		}
		this.jdbc.sql("delete from champion_contribution where champion_id = :id").param("id", id).update();
		position = 0;
		for (Contribution contribution : champion.contributions()) {
			this.jdbc.sql("""
					insert into champion_contribution (champion_id, position, kind, contributed_on, description)
					values (:id, :position, :kind, :on, :description)
					""")
				.param("id", id)
				.param("position", position++)
				.param("kind", contribution.kind().name())
				.param("on", contribution.on())
				.param("description", contribution.description())
				.update();
		}
	}

	@Override
	public ContributionPoints load() {
		Map<ContributionKind, Integer> points = new EnumMap<>(ContributionKind.class);
		this.jdbc.sql("select kind, points from contribution_points").query((ResultSet rs) -> {
			points.put(ContributionKind.valueOf(rs.getString("kind")), rs.getInt("points"));
		});
		return new ContributionPoints(points);
	}

	@Override
	@Transactional
	public void save(ContributionPoints points) {
		for (ContributionKind kind : ContributionKind.values()) {
			this.jdbc.sql("""
					insert into contribution_points (kind, points) values (:kind, :points)
					on conflict (kind) do update set points = excluded.points
					""").param("kind", kind.name()).param("points", points.of(kind)).update();
		}
	}

	@Override
	@Transactional
	public void save(CommunityMeeting meeting) {
		this.jdbc.sql("insert into community_meeting (id, held_on, topic) values (:id, :heldOn, :topic)")
			.param("id", meeting.id().value())
			.param("heldOn", meeting.heldOn())
			.param("topic", meeting.topic())
			.update();
		for (ChampionId attendee : meeting.attendees()) {
			this.jdbc.sql("insert into meeting_attendance (meeting_id, champion_id) values (:meeting, :champion)")
				.param("meeting", meeting.id().value())
				.param("champion", attendee.value())
				.update();
		}
	}

}
