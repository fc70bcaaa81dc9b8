package io.ownership.core.notification;

import io.ownership.core.shared.InvalidInputException;

/**
 * What the inbox shows: notifications of the last {@code withinDays} days (all when
 * null), only the unread ones or all.
 */
public record NotificationFilter(Integer withinDays, boolean unreadOnly) {

	public static final NotificationFilter ALL = new NotificationFilter(null, false);

	public NotificationFilter {
		if (withinDays != null && (withinDays < 1 || withinDays > 3650)) {
			throw new InvalidInputException("withinDays", "notifications.filter.within", "Between 1 and 3650 days", 1,
					3650);
		}
	}

}
