package io.ownership.core.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up action as lists show it, with names; {@code daysLate} is how many days an
 * open action is past its due date (0 when it is not).
 */
public record ActionRow(ActionId id, String title, UUID teamId, String teamName, String ownerName, LocalDate dueOn,
		ActionStatus status, ActionSource source, boolean overdue, long daysLate) {

	public boolean open() {
		return this.status == ActionStatus.OPEN;
	}

}
