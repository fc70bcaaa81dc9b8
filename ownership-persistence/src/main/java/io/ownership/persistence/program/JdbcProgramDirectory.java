package io.ownership.persistence.program;

import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.persistence.account.AccountPerson;

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
		return AccountPerson.of(this.jdbc, username);
	}

	@Override
	public boolean isProductOwnerOfTeam(PersonId person, TeamId team) {
		return this.jdbc.sql("""
				select exists (select 1 from product
				               where owning_team_id = :team and product_owner_id = :person and not archived)
				""").param("team", team.value()).param("person", person.value()).query(Boolean.class).single();
	}

}
