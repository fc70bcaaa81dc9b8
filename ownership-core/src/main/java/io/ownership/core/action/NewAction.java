package io.ownership.core.action;

import java.time.LocalDate;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * What a team asks for a new follow-up action.
 */
public record NewAction(TeamId team, String title, PersonId owner, LocalDate dueOn, ActionSource source) {

}
