package io.ownership.persistence.program;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.ChampionDirectory;
import io.ownership.core.responsibility.PersonRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the responsibility matrices' "who is the security champion of this team" from
 * the program: the team's ACTIVE champions who are active people, by name.
 */
@Repository
@Transactional(readOnly = true)
class JdbcChampionDirectory implements ChampionDirectory {

	private final JdbcClient jdbc;

	JdbcChampionDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonRef> activeChampions(TeamId team) {
		return this.jdbc.sql("""
				select p.id, p.name from champion c join person p on p.id = c.person_id
				where c.team_id = :team and c.status = 'ACTIVE' and p.active
				order by lower(p.name)
				""")
			.param("team", team.value())
			.query((rs, n) -> new PersonRef(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
	}

}
