package io.ownership.persistence.program;

import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.ProgramDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the logged-in user's person through {@code person.account_id} and their
 * product ownership.
 */
@Repository
@Transactional(readOnly = true)
class JdbcProgramDirectory implements ProgramDirectory {

	private final JdbcClient jdbc;

	JdbcProgramDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PersonId> personOf(String username) {
		return this.jdbc.sql("""
				select p.id from person p join user_account a on a.id = p.account_id
				where a.username = :username and p.active
				""").param("username", username).query(UUID.class).optional().map(PersonId::new);
	}

	@Override
	public boolean isProductOwnerOfTeam(PersonId person, TeamId team) {
		return this.jdbc.sql("""
				select exists (select 1 from product
				               where owning_team_id = :team and product_owner_id = :person and not archived)
				""").param("team", team.value()).param("person", person.value()).query(Boolean.class).single();
	}

}
