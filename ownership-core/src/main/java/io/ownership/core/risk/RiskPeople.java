package io.ownership.core.risk;

import java.util.List;
import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: who is who for the risk feature: the person linked to a user account, the account
 * of a person, and the security managers to tell of new requests.
 */
public interface RiskPeople {

	Optional<PersonId> personOf(String username);

	Optional<String> usernameOf(PersonId person);

	/** Whether the person is a member of the team. */
	boolean isMember(PersonId person, TeamId team);

	/**
	 * The name of the person linked to an account, to say who decided; the user name when
	 * no person is linked.
	 */
	String nameOf(String username);

	/**
	 * User names of the active accounts with the security manager role.
	 */
	List<String> securityManagers();

}
