package io.ownership.persistence.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.ownership.core.notification.Notification;
import io.ownership.core.notification.NotificationFilter;
import io.ownership.core.notification.NotificationInbox;
import io.ownership.core.notification.NotificationOutbox.PendingMail;
import io.ownership.core.notification.NotificationOutbox;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-app inbox and the mail outbox on the real database.
 */
@PersistenceTest
class JdbcNotificationsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NotificationOutbox outbox;

	private String anna;

	private String bruno;

	@BeforeEach
	void accounts() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.anna = account("anna-" + suffix, "anna." + suffix + "@example.org");
		this.bruno = account("bruno-" + suffix, null);
	}

	@Test
	void storesInTheRecipientsInboxNewestFirst() {
		assertThat(this.outbox.store(this.anna, "First", "/risks/1", false)).isTrue();
		assertThat(this.outbox.store(this.anna, "Second", null, false)).isTrue();
		this.outbox.store(this.bruno, "For Bruno", null, false);

		List<Notification> shown = this.inbox.inbox(this.anna, NotificationFilter.ALL, new PageRequest(0, 20))
			.content();

		assertThat(shown).extracting(Notification::text).containsExactly("Second", "First");
		assertThat(shown.get(1).link()).isEqualTo("/risks/1");
		assertThat(shown).allMatch(Notification::unread);
	}

	@Test
	void anUnknownRecipientStoresNothing() {
		assertThat(this.outbox.store("nobody-" + UUID.randomUUID(), "Lost", null, true)).isFalse();
	}

	@Test
	void keepsTheFirstThousandCharactersOfALongText() {
		this.outbox.store(this.anna, "x".repeat(1200), null, false);

		assertThat(this.inbox.inbox(this.anna, NotificationFilter.ALL, new PageRequest(0, 20)).content())
			.singleElement()
			.satisfies((n) -> assertThat(n.text()).hasSize(1000));
	}

	@Test
	void marksOnlyTheUsersOwnNotificationsRead() {
		this.outbox.store(this.anna, "One", null, false);
		this.outbox.store(this.anna, "Two", null, false);
		long one = this.inbox.inbox(this.anna, NotificationFilter.ALL, new PageRequest(0, 20)).content().get(1).id();

		this.inbox.markRead(this.bruno, one);
		assertThat(this.inbox.unreadCount(this.anna)).isEqualTo(2);

		this.inbox.markRead(this.anna, one);
		assertThat(this.inbox.unreadCount(this.anna)).isEqualTo(1);
		assertThat(this.inbox.inbox(this.anna, new NotificationFilter(null, true), new PageRequest(0, 20)).content())
			.extracting(Notification::text)
			.containsExactly("Two");

		this.inbox.markAllRead(this.anna);
		assertThat(this.inbox.unreadCount(this.anna)).isZero();
	}

	@Test
	void leavesOutNotificationsOlderThanTheFilterSays() {
		this.outbox.store(this.anna, "Old", null, false);
		this.jdbc
			.sql("update notification set created_at = :then where text = 'Old'"
					+ " and recipient_id = (select id from user_account where username = :username)")
			.param("then", Timestamp.from(Instant.now().minus(10, ChronoUnit.DAYS)))
			.param("username", this.anna)
			.update();
		this.outbox.store(this.anna, "New", null, false);

		assertThat(this.inbox.inbox(this.anna, new NotificationFilter(7, false), new PageRequest(0, 20)).content())
			.extracting(Notification::text)
			.containsExactly("New");
	}

	@Test
	void mailWaitsInTheOutboxWithTheAddressOfThePersonLinkedToTheRecipient() {
		this.outbox.store(this.anna, "Mail me", "/risks/2", true);
		this.outbox.store(this.bruno, "No address", null, true);
		this.outbox.store(this.anna, "Inbox only", null, false);

		assertThat(pendingOf(this.anna)).singleElement().satisfies((mail) -> {
			assertThat(mail.text()).isEqualTo("Mail me");
			assertThat(mail.link()).isEqualTo("/risks/2");
			assertThat(mail.email()).startsWith("anna.");
			assertThat(mail.attempts()).isZero();
		});
		assertThat(pendingOf(this.bruno)).singleElement().satisfies((mail) -> assertThat(mail.email()).isNull());
	}

	@Test
	void anAttemptThatFailedIsDueAgainAtItsNextAttemptAndASentOneNeverAgain() {
		this.outbox.store(this.anna, "Retry me", null, true);
		PendingMail mail = pendingOf(this.anna).get(0);

		this.outbox.mailAttempted(mail.id(), "PENDING", "Connection refused", Instant.now().plusSeconds(3600));
		assertThat(pendingOf(this.anna)).isEmpty();

		this.outbox.mailAttempted(mail.id(), "PENDING", "Connection refused", Instant.now().minusSeconds(1));
		assertThat(pendingOf(this.anna)).singleElement()
			.satisfies((again) -> assertThat(again.attempts()).isEqualTo(2));

		this.outbox.mailAttempted(mail.id(), "SENT", null, null);
		assertThat(pendingOf(this.anna)).isEmpty();
	}

	@Test
	void aPostponedMailKeepsItsAttemptsAndWaitsUntilItsNextAttempt() {
		this.outbox.store(this.anna, "Later", null, true);
		PendingMail mail = pendingOf(this.anna).get(0);

		this.outbox.mailPostponed(mail.id(), "Not tried", Instant.now().plusSeconds(3600));
		assertThat(pendingOf(this.anna)).isEmpty();

		this.outbox.mailPostponed(mail.id(), "Not tried", Instant.now().minusSeconds(1));
		assertThat(pendingOf(this.anna)).singleElement().satisfies((again) -> assertThat(again.attempts()).isZero());
	}

	private List<PendingMail> pendingOf(String username) {
		return this.outbox.pendingMail(1000).stream().filter((mail) -> mail.recipient().equals(username)).toList();
	}

	private String account(String username, String email) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into user_account (id, username, display_name, password_hash, active, created_at)
				values (:id, :username, :username, 'x', true, now())
				""").param("id", id).param("username", username).update();
		if (email != null) {
			this.jdbc.sql("insert into person (id, name, email, account_id) values (:id, :name, :email, :account)")
				.param("id", UUID.randomUUID())
				.param("name", username)
				.param("email", email)
				.param("account", id)
				.update();
		}
		return username;
	}

}
