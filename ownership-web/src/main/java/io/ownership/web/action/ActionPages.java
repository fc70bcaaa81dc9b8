package io.ownership.web.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRow;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.FollowUpAction;

import org.springframework.stereotype.Component;

/**
 * Builds the view model of each page of {@code /actions}, one record per page, in one
 * place.
 */
@Component
class ActionPages {

	private final ActionService actions;

	private final ActionQuery query;

	private final Clock clock;

	ActionPages(ActionService actions, ActionQuery query, Clock clock) {
		this.actions = actions;
		this.query = query;
		this.clock = clock;
	}

	/**
	 * An action's edit page.
	 *
	 * @param action the action as it is now (shown after a conflict)
	 * @param ownerName its owner's name
	 * @param back the page of its source, where the page links back to
	 */
	record EditPage(FollowUpAction action, String ownerName, String back) {

	}

	/**
	 * The overdue actions of every team, most overdue first.
	 */
	record OverduePage(List<ActionRow> actions) {

	}

	EditPage edit(FollowUpAction action) {
		return new EditPage(action, this.actions.ownerName(action), back(action));
	}

	OverduePage overdue() {
		return new OverduePage(this.query.overdue(LocalDate.now(this.clock)));
	}

	/**
	 * The page of the action's source, where its changes go back to.
	 */
	static String back(FollowUpAction action) {
		return ActionLinks.source(action.source(), action.team());
	}

}
