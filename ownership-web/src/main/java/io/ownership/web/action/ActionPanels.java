package io.ownership.web.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRow;

import org.springframework.stereotype.Component;

/**
 * What the home page's action panel shows, read by its fragment ({@code @actionPanels}):
 * the user's own open actions, one statement.
 */
@Component("actionPanels")
public class ActionPanels {

	private final ActionQuery query;

	private final Clock clock;

	ActionPanels(ActionQuery query, Clock clock) {
		this.query = query;
		this.clock = clock;
	}

	public List<ActionRow> mine(String username) {
		return this.query.openOwnedBy(username, LocalDate.now(this.clock));
	}

}
