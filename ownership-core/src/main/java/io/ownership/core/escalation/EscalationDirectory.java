package io.ownership.core.escalation;

import java.util.Collection;
import java.util.List;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: the accounts behind the people and teams a step resolves to. The names of the
 * people a step names come from {@link io.ownership.core.action.ActionDirectory}.
 */
public interface EscalationDirectory {

	/**
	 * The user names of the active accounts of the given active people and of the active
	 * members of the given teams, in one statement.
	 */
	List<String> accountsOf(Collection<PersonId> people, Collection<TeamId> teams);

}
