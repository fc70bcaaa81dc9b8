package io.ownership.web.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.ownership.core.notification.NotificationOutbox.PendingMail;
import io.ownership.core.notification.NotificationOutbox;
import io.ownership.core.risk.JobLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications waiting in the mail outbox ({@code notification.mail_status}
 * PENDING), never on a request thread: right after the transaction that stored them
 * commits ({@link #sendSoon()}, on the task executor) and every
 * {@code ownership.mail.retry-interval} for those that failed. An attempt that fails (the
 * mail server refuses, or does not answer within the timeouts of
 * {@code spring.mail.properties.mail.smtp.*timeout}) is tried again after a delay that
 * doubles up to an hour; the notification stays in the in-app inbox whatever happens. A
 * run holds a database lock, so that two instances never send one mail twice.
 */
@Component
public class NotificationMailer {

	static final String LOCK = "notification.mail";

	private static final Log logger = LogFactory.getLog(NotificationMailer.class);

	private static final int BATCH = 50;

	private static final Duration MAX_DELAY = Duration.ofHours(1);

	private final NotificationOutbox outbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final JobLock lock;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final Duration firstRetry;

	NotificationMailer(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mail, JobLock lock,
			PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock, @Value("${ownership.mail.from:ownership@localhost}") String from,
			@Value("${ownership.base-url:http://localhost:8080}") String baseUrl,
			@Value("${ownership.mail.first-retry:1m}") Duration firstRetry) {
		this.outbox = outbox;
		this.mail = mail;
		this.lock = lock;
		this.transaction = new TransactionTemplate(transactions);
		this.executor = executor;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
		this.firstRetry = firstRetry;
	}

	/**
	 * Whether notifications are to be mailed at all (a mail server is configured).
	 */
	public boolean enabled() {
		return this.mail.getIfAvailable() != null;
	}

	/**
	 * Sends what is due on another thread.
	 */
	public void sendSoon() {
		this.executor.execute(this::sendDue);
	}

	@Scheduled(fixedDelayString = "${ownership.mail.retry-interval:30s}",
			initialDelayString = "${ownership.mail.retry-interval:30s}")
	void scheduled() {
		sendDue();
	}

	/**
	 * Sends every notification whose attempt is due, batch after batch, unless another
	 * instance is at it. When the mail server fails (refuses, or does not answer within
	 * the timeouts), the rest of the due notifications are not tried in this run: each is
	 * postponed with that failure, so that a silent server costs one timeout per run, not
	 * one per notification.
	 * @return how many were sent
	 */
	public int sendDue() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Integer sent = this.transaction.execute((status) -> {
			if (!this.lock.tryLock(LOCK)) {
				return 0;
			}
			int count = 0;
			String failure = null;
			List<PendingMail> due;
			do {
				due = this.outbox.pendingMail(BATCH);
				for (PendingMail pending : due) {
					if (failure != null) {
						this.outbox.mailPostponed(pending.id(),
								"Not tried: the mail server failed on an earlier message: " + failure,
								this.clock.instant().plus(delay(pending.attempts())));
						continue;
					}
					String error = send(sender, pending);
					if (error == null && pending.email() != null) {
						count++;
					}
					failure = error;
				}
			}
			// after a failure, the next batches are postponed too: every due notification
			// gets its
			// failure and its next attempt, not only those that came in the failing batch
			while (due.size() == BATCH);
			return count;
		});
		return (sent != null) ? sent : 0;
	}

	/**
	 * @return why the mail server did not take it, or {@code null} when it did (or there
	 * is no address to send to)
	 */
	private String send(JavaMailSender sender, PendingMail pending) {
		if (pending.email() == null) {
			this.outbox.mailAttempted(pending.id(), "NO_ADDRESS", null, null);
			return null;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(pending.email());
		String text = pending.text();
		message.setSubject("Ownership: " + ((text.length() > 70) ? text.substring(0, 70) + "…" : text));
		message.setText(text + "\n\n" + this.baseUrl + ((pending.link() == null) ? "" : pending.link()));
		try {
			sender.send(message);
			this.outbox.mailAttempted(pending.id(), "SENT", null, null);
			return null;
		}
		catch (MailException ex) {
			Instant next = this.clock.instant().plus(delay(pending.attempts()));
			logger.warn("Could not send notification " + pending.id() + " by e-mail to " + pending.recipient()
					+ " (attempt " + (pending.attempts() + 1) + "), trying again at " + next + ": " + ex.getMessage());
			this.outbox.mailAttempted(pending.id(), "PENDING", String.valueOf(ex.getMessage()), next);
			return String.valueOf(ex.getMessage());
		}
	}

	private Duration delay(int attempts) {
		Duration delay = this.firstRetry.multipliedBy(1L << Math.min(attempts, 20));
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

}
