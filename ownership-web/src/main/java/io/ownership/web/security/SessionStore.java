package io.ownership.web.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's JDBC store as a steady request uses it: one select of the session and
 * nothing else. It wraps Boot's {@link JdbcIndexedSessionRepository} (configured as
 * before: the PostgreSQL upsert of attributes, the idle timeout, the index by account)
 * and changes two things.
 * <ul>
 * <li>The last access time is written only once it moved by more than the write interval
 * ({@code ownership.session.access-write-interval}, at most a tenth of the idle timeout);
 * until then the stored time stands, so an idle session ends at most that much earlier
 * than its idle timeout. Every other change (attributes, login, CSRF token, flash
 * attributes, a new id) is saved as before.</li>
 * <li>A session saved in a request is found again in that request without a select:
 * Spring Session's filter saves the session when the response is committed and again at
 * the end of the request, and the second save reads the session again by its id
 * (spring-session issue #1731). The saved sessions are kept by {@link RequestScope}, a
 * filter around Spring Session's, for the request only.</li>
 * <li>A session is read without a transaction of its own when the request has none yet
 * (its one select needs none): Spring Session ran each read in a new transaction of the
 * application's transaction manager, which opened a JPA entity manager and a transaction
 * for one statement on every request. In a transaction of the application, and for every
 * write (an expired session found is deleted), it still takes a new transaction of its
 * own ({@link #readingWithoutTransaction}).</li>
 * </ul>
 */
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.StoredSession> {

	private static final ThreadLocal<Map<String, StoredSession>> SAVED = new ThreadLocal<>();

	/** Set while Spring Session's repository reads a session by its id. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> jdbc;

	private final JdbcIndexedSessionRepository repository;

	private final Duration writeInterval;

	@SuppressWarnings("unchecked")
	SessionStore(JdbcIndexedSessionRepository repository, Duration writeInterval) {
		this.repository = repository;
		this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) repository;
		this.writeInterval = writeInterval;
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(this.jdbc.createSession());
	}

	@Override
	public void save(StoredSession session) {
		this.jdbc.save(session.stored);
		Map<String, StoredSession> saved = SAVED.get();
		if (saved != null) {
			saved.values().remove(session);
			saved.put(session.getId(), session);
		}
	}

	@Override
	public StoredSession findById(String id) {
		Map<String, StoredSession> saved = SAVED.get();
		StoredSession session = (saved != null) ? saved.get(id) : null;
		if (session != null) {
			return session;
		}
		Session stored;
		READING.set(Boolean.TRUE);
		try {
			stored = this.jdbc.findById(id);
		}
		finally {
			READING.remove();
		}
		return (stored != null) ? new StoredSession(stored) : null;
	}

	@Override
	public void deleteById(String id) {
		Map<String, StoredSession> saved = SAVED.get();
		if (saved != null) {
			saved.remove(id);
		}
		this.jdbc.deleteById(id);
	}

	@Override
	public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, StoredSession> sessions = new LinkedHashMap<>();
		this.jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new StoredSession(session)));
		return sessions;
	}

	/**
	 * The transactions of Spring Session's repository: the read of a session by its id
	 * runs without one while no transaction is active on the thread (one select, on a
	 * connection in auto-commit); every other operation, and a read inside a transaction
	 * of the application, runs in the given transactions (a new one of its own).
	 * @param transactions the transactions the repository used before
	 * @return the repository's transactions
	 */
	static TransactionOperations readingWithoutTransaction(TransactionOperations transactions) {
		return new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				if (READING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
					return action.doInTransaction(new SimpleTransactionStatus(false));
				}
				return transactions.execute(action);
			}

		};
	}

	/**
	 * Deletes the sessions whose idle timeout has passed.
	 */
	void cleanUpExpiredSessions() {
		this.repository.cleanUpExpiredSessions();
	}

	/**
	 * A stored session whose last access time moves only by more than the write interval.
	 */
	final class StoredSession implements Session {

		private final Session stored;

		StoredSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Duration interval = this.stored.getMaxInactiveInterval().dividedBy(10);
			if (SessionStore.this.writeInterval.compareTo(interval) < 0) {
				interval = SessionStore.this.writeInterval;
			}
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(interval) > 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

	/**
	 * Keeps the sessions saved during one request, so that the request finds them again
	 * without a select; runs just outside Spring Session's filter.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (SAVED.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			SAVED.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED.remove();
			}
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

	}

}
