package io.ownership.core.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up action as lists show it, with names.
 */
public record ActionRow(ActionId id, String title, UUID teamId, String teamName, String ownerName, LocalDate dueOn,
		ActionStatus status, ActionSource source, boolean overdue) {

}
