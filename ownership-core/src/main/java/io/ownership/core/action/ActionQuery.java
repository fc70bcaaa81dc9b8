package io.ownership.core.action;

import java.time.LocalDate;
import java.util.List;

import io.ownership.core.catalog.TeamId;

/**
 * Port: follow-up actions as lists, one statement each.
 */
public interface ActionQuery {

	/** The team's open actions and those done in the last 90 days, by due date. */
	List<ActionRow> ofTeam(TeamId team, LocalDate today);

	/** The open actions owned by the person linked to the user account. */
	List<ActionRow> openOwnedBy(String username, LocalDate today);

	/** Every open action past its due date, oldest first. */
	List<ActionRow> overdue(LocalDate today);

	/** The actions of one source (open and done), by due date. */
	List<ActionRow> ofSource(ActionSource.Kind kind, String reference, LocalDate today);

}
