package io.ownership.core.notification;

import java.time.Instant;

/**
 * One message in a user's inbox.
 */
public record Notification(long id, String text, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
