package io.ownership.core.notification;

import java.time.Instant;
import java.util.List;

/**
 * Port: the store behind {@link Notifier}: each notification goes into the recipient's
 * in-app inbox and, when it is to be mailed, waits in the mail outbox until the mail
 * server takes it.
 */
public interface NotificationOutbox {

	/**
	 * Stores a notification in the recipient's inbox, marked to be sent by e-mail later
	 * when {@code mail} (see {@link #pendingMail}); an unknown user name stores nothing.
	 * @return whether the recipient exists
	 */
	boolean store(String recipient, String text, String link, boolean mail);

	/**
	 * Notifications waiting to be mailed whose next attempt is due, oldest first, each
	 * with the address of the active person linked to the recipient (null when none);
	 * rows another sender has locked are skipped.
	 */
	List<PendingMail> pendingMail(int limit);

	/**
	 * A notification not tried in this run because the mail server failed on an earlier
	 * one: tried again at the given time, its attempts unchanged.
	 */
	void mailPostponed(long id, String reason, Instant nextAttempt);

	/**
	 * Records the outcome of one attempt: sent ({@code SENT}), no address to send to
	 * ({@code NO_ADDRESS}), or failed and to be tried again at {@code nextAttempt}
	 * ({@code PENDING}).
	 */
	void mailAttempted(long id, String status, String error, Instant nextAttempt);

	/**
	 * A notification waiting in the mail outbox.
	 */
	record PendingMail(long id, String recipient, String email, String text, String link, int attempts) {
	}

}
