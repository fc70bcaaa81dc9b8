package io.ownership.persistence.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.ownership.core.notification.Notification;
import io.ownership.core.notification.NotificationFilter;
import io.ownership.core.notification.NotificationInbox;
import io.ownership.core.notification.NotificationOutbox;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications in the {@code notification} table, addressed by user name and stored by
 * account. Writes join the caller's transaction, so a notification exists only if the
 * change it tells of was stored.
 */
@Repository
@Transactional(readOnly = true)
public class JdbcNotifications implements NotificationInbox, NotificationOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcNotifications(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Stores a notification in the recipient's inbox; an unknown user name stores
	 * nothing.
	 * @return whether the recipient exists
	 */
	@Transactional
	public boolean store(String recipient, String text, String link) {
		return store(recipient, text, link, false);
	}

	@Override
	@Transactional
	public boolean store(String recipient, String text, String link, boolean mail) {
		return this.jdbc.sql("""
				insert into notification (recipient_id, text, link, created_at, mail_status, mail_next_at)
				select id, :text, :link, :now, :mailStatus, :now from user_account where username = :username
				""")
			.param("username", recipient)
			.param("text", (text.length() > 1000) ? text.substring(0, 1000) : text)
			.param("link", link)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("mailStatus", mail ? "PENDING" : null)
			.update() > 0;
	}

	@Override
	@Transactional
	public List<PendingMail> pendingMail(int limit) {
		return this.jdbc.sql("""
				select n.id, n.text, n.link, n.mail_attempts, a.username,
				  (select p.email from person p where p.account_id = a.id and p.active limit 1) as email
				from notification n join user_account a on a.id = n.recipient_id
				where n.mail_status = 'PENDING' and n.mail_next_at <= :now
				order by n.mail_next_at, n.id limit :limit
				for update of n skip locked
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("limit", limit)
			.query((rs, n) -> new PendingMail(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
					rs.getString("text"), rs.getString("link"), rs.getInt("mail_attempts")))
			.list();
	}

	@Override
	public void mailPostponed(long id, String reason, Instant nextAttempt) {
		this.jdbc.sql("update notification set mail_next_at = :next, mail_last_error = :error where id = :id")
			.param("next", Timestamp.from(nextAttempt))
			.param("error", (reason.length() <= 500) ? reason : reason.substring(0, 500))
			.param("id", id)
			.update();
	}

	@Override
	@Transactional
	public void mailAttempted(long id, String status, String error, Instant nextAttempt) {
		this.jdbc.sql("""
				update notification set mail_status = :status, mail_attempts = mail_attempts + 1,
				  mail_next_at = :next, mail_last_error = :error where id = :id
				""")
			.param("status", status)
			.param("next", (nextAttempt == null) ? null : Timestamp.from(nextAttempt))
			.param("error", (error == null || error.length() <= 500) ? error : error.substring(0, 500))
			.param("id", id)
			.update();
	}

	@Override
	public Page<Notification> inbox(String username, NotificationFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder("where a.username = :username");
		if (filter.unreadOnly()) {
			where.append(" and n.read_at is null");
		}
		if (filter.withinDays() != null) {
			where.append(" and n.created_at >= :since");
		}
		Timestamp since = (filter.withinDays() == null) ? null
				: Timestamp.from(this.clock.instant().minusSeconds(86_400L * filter.withinDays()));
		long total = this.jdbc
			.sql("select count(*) from notification n join user_account a on a.id = n.recipient_id " + where)
			.param("username", username)
			.params((since == null) ? java.util.Map.of() : java.util.Map.of("since", since))
			.query(Long.class)
			.single();
		List<Notification> rows = this.jdbc.sql("""
				select n.id, n.text, n.link, n.created_at, n.read_at
				from notification n join user_account a on a.id = n.recipient_id
				""" + where + " order by n.created_at desc, n.id desc limit :limit offset :offset")
			.param("username", username)
			.params((since == null) ? java.util.Map.of() : java.util.Map.of("since", since))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				Timestamp read = rs.getTimestamp("read_at");
				return new Notification(rs.getLong("id"), rs.getString("text"), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant(), (read == null) ? null : read.toInstant());
			})
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public long unreadCount(String username) {
		return this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.recipient_id
				where a.username = :username and n.read_at is null
				""").param("username", username).query(Long.class).single();
	}

	@Override
	@Transactional
	public void markRead(String username, long id) {
		this.jdbc.sql("""
				update notification set read_at = :now where id = :id and read_at is null
				  and recipient_id = (select id from user_account where username = :username)
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("username", username)
			.update();
	}

	@Override
	@Transactional
	public void markAllRead(String username) {
		this.jdbc.sql("""
				update notification set read_at = :now where read_at is null
				  and recipient_id = (select id from user_account where username = :username)
				""").param("now", Timestamp.from(this.clock.instant())).param("username", username).update();
	}

}
