package io.ownership.persistence.threat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.threat.ThreatDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants, names and active champions for threat modeling, one statement each.
 */
@Repository
@Transactional(readOnly = true)
class JdbcThreatDirectory implements ThreatDirectory {

	private final JdbcClient jdbc;

	JdbcThreatDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Participant> candidates(TeamId team) {
		return this.jdbc.sql("""
				select p.id, p.name,
				       exists (select 1 from champion c
				               where c.person_id = p.id and c.team_id = :team and c.status = 'ACTIVE') as champion
				from person p
				where p.active and (p.id in (select person_id from team_member where team_id = :team)
				   or p.id in (select person_id from champion where team_id = :team and status = 'ACTIVE'))
				order by lower(p.name), p.id
				""")
			.param("team", team.value())
			.query((rs, n) -> new Participant(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getBoolean("champion")))
			.list();
	}

	@Override
	public Map<PersonId, String> names(Set<PersonId> people) {
		Map<PersonId, String> names = new HashMap<>();
		if (people.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, name from person where id = any(:ids)")
			.param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
			.query((rs, n) -> names.put(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
		return names;
	}

	@Override
	public List<ChampionId> activeChampionsAmong(Set<PersonId> people, TeamId team) {
		if (people.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct on (c.person_id) c.id from champion c join person p on p.id = c.person_id
				where c.person_id = any(:ids) and c.status = 'ACTIVE' and p.active
				order by c.person_id, coalesce(c.team_id = cast(:team as uuid), false) desc, c.activated_on, c.id
				""")
			.param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
			.param("team", (team == null) ? null : team.value())
			.query((rs, n) -> new ChampionId(rs.getObject(1, UUID.class)))
			.list();
	}

}
