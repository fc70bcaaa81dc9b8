package io.ownership.web.security;

import io.ownership.core.risk.JobLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes expired sessions from the database once a minute, on one instance at a time
 * (the advisory lock of every scheduled job; Spring Session's own cleanup is turned off
 * by {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class SessionCleanup {

	static final String LOCK = "http.session.cleanup";

	private final SessionStore sessions;

	private final JobLock lock;

	private final TransactionTemplate transaction;

	SessionCleanup(SessionStore sessions, JobLock lock, PlatformTransactionManager transactions) {
		this.sessions = sessions;
		this.lock = lock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${ownership.session.cleanup-cron:0 * * * * *}")
	void deleteExpired() {
		this.transaction.executeWithoutResult((status) -> {
			if (this.lock.tryLock(LOCK)) {
				this.sessions.cleanUpExpiredSessions();
			}
		});
	}

}
