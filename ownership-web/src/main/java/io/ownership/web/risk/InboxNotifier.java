package io.ownership.web.risk;

import io.ownership.core.notification.Notifier;
import io.ownership.persistence.notification.JdbcNotifications;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts each notification in the recipient's in-app inbox and, when a mail server is
 * configured ({@code spring.mail.host}), also sends it by e-mail to the address of the
 * person linked to the account, after the transaction has committed.
 */
@Component
class InboxNotifier implements Notifier {

	private static final Log logger = LogFactory.getLog(InboxNotifier.class);

	private final JdbcNotifications inbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final String baseUrl;

	InboxNotifier(JdbcNotifications inbox, ObjectProvider<JavaMailSender> mail,
			@Value("${ownership.mail.from:ownership@localhost}") String from,
			@Value("${ownership.base-url:http://localhost:8080}") String baseUrl) {
		this.inbox = inbox;
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@Override
	public void notify(String recipient, String text, String link) {
		this.inbox.store(recipient, text, link);
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		this.inbox.emailOf(recipient).ifPresent((address) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(address);
			message.setSubject("Ownership: " + ((text.length() > 70) ? text.substring(0, 70) + "…" : text));
			message.setText(text + "\n\n" + this.baseUrl + ((link == null) ? "" : link));
			Runnable send = () -> {
				try {
					sender.send(message);
				}
				catch (MailException ex) {
					logger.warn("Could not send a notification e-mail to " + recipient + ": " + ex.getMessage());
				}
			};
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						send.run();
					}
				});
			}
			else {
				send.run();
			}
		});
	}

}
