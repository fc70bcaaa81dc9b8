package io.ownership.core.notification;

import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: a user's in-app inbox, newest first.
 */
public interface NotificationInbox {

	Page<Notification> inbox(String username, NotificationFilter filter, PageRequest page);

	long unreadCount(String username);

	/**
	 * Marks one of the user's own notifications read; another user's is left alone.
	 */
	void markRead(String username, long id);

	void markAllRead(String username);

}
