package io.ownership.core.program;

import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: who the acting user is in the catalog, and whether they are the product owner of
 * a product owned by a team (which lets them nominate the team's champions).
 */
public interface ProgramDirectory {

	/** The person linked to the user account with this user name. */
	Optional<PersonId> personOf(String username);

	/**
	 * Whether the person is product owner of at least one product, not archived, owned by
	 * the team.
	 */
	boolean isProductOwnerOfTeam(PersonId person, TeamId team);

}
