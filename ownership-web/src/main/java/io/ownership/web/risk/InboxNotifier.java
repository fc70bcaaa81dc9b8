package io.ownership.web.risk;

import io.ownership.core.notification.NotificationOutbox;
import io.ownership.core.notification.Notifier;
import io.ownership.web.mail.NotificationMailer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts each notification in the recipient's in-app inbox and, when a mail server is
 * configured ({@code spring.mail.host}), marks it for e-mail in the same transaction: the
 * {@link NotificationMailer} sends it off the request thread once the transaction has
 * committed, and retries it until the mail server takes it.
 */
@Component
class InboxNotifier implements Notifier {

	private final NotificationOutbox inbox;

	private final NotificationMailer mailer;

	InboxNotifier(NotificationOutbox inbox, NotificationMailer mailer) {
		this.inbox = inbox;
		this.mailer = mailer;
	}

	@Override
	public void notify(String recipient, String text, String link) {
		boolean mail = this.mailer.enabled();
		if (!this.inbox.store(recipient, text, link, mail) || !mail) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					InboxNotifier.this.mailer.sendSoon();
				}
			});
		}
		else {
			this.mailer.sendSoon();
		}
	}

}
