package io.ownership.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.FieldChange;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final Actor ADMIN = new Actor("root", Set.of(Role.ADMIN));

	private static final String STRONG = "a long enough passphrase";

	private final InMemoryAccounts accounts = new InMemoryAccounts();

	private final RecordingAuditLog audit = new RecordingAuditLog();

	private final AccountService service = new AccountService(this.accounts, (plain) -> "{test}" + plain, this.audit,
			Clock.fixed(NOW, ZoneOffset.UTC), new LoginThrottle(5, Duration.ofMinutes(15)));

	@Test
	void createsAnAccountWithAHashedPasswordAndRecordsIt() {
		UserAccount account = this.service.create(ADMIN,
				new NewAccount("Alice", "Alice Smith", STRONG, List.of("AUDITOR", "TEAM_MEMBER")));

		UserAccount stored = this.accounts.findByUsername("alice").orElseThrow();
		assertThat(stored.id()).isEqualTo(account.id());
		assertThat(stored.passwordHash()).isEqualTo("{test}" + STRONG);
		assertThat(stored.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.TEAM_MEMBER);
		AuditEntry entry = this.audit.single();
		assertThat(entry.action()).isEqualTo("account.created");
		assertThat(entry.actor()).isEqualTo("root");
		assertThat(entry.occurredAt()).isEqualTo(NOW);
		assertThat(entry.entityType()).isEqualTo("UserAccount");
		assertThat(entry.entityId()).isEqualTo(account.id().toString());
		assertThat(entry.changes()).containsExactly(new FieldChange("username", null, "alice"),
				new FieldChange("displayName", null, "Alice Smith"),
				new FieldChange("roles", null, "AUDITOR, TEAM_MEMBER"));
	}

	@Test
	void refusesATakenUsernameRegardlessOfCase() {
		this.service.create(ADMIN, new NewAccount("alice", null, STRONG, List.of("AUDITOR")));

		assertRefused(() -> this.service.create(ADMIN, new NewAccount("ALICE", null, STRONG, List.of("AUDITOR"))),
				"username", "account.username.taken");
		assertThat(this.audit.entries).hasSize(1);
	}

	@Test
	void refusesAWeakPasswordOnThePasswordField() {
		assertRefused(() -> this.service.create(ADMIN, new NewAccount("bob", null, "short", List.of("AUDITOR"))),
				"password", "account.password.tooShort");
		assertThat(this.accounts.existsAny()).isFalse();
		assertThat(this.audit.entries).isEmpty();
	}

	@Test
	void refusesAnUnknownRoleOnTheRolesField() {
		assertRefused(() -> this.service.create(ADMIN, new NewAccount("bob", null, STRONG, List.of("NOPE"))), "roles",
				"account.role.unknown");
		assertThat(this.accounts.existsAny()).isFalse();
	}

	@Test
	void refusesAnAccountWithoutRoles() {
		assertRefused(() -> this.service.create(ADMIN, new NewAccount("bob", null, STRONG, List.of())), "roles",
				"account.roles.empty");
	}

	@Test
	void updatesTheVersionTheEditorSawAndRecordsOnlyTheChangedFields() {
		UserAccount account = this.service.create(ADMIN,
				new NewAccount("carol", "Carol", STRONG, List.of("TEAM_MEMBER")));
		this.audit.entries.clear();

		this.service.update(ADMIN, account.id(),
				new AccountChange("Carol Jones", List.of("TEAM_MEMBER", "PRODUCT_OWNER"), true, 0));

		UserAccount stored = this.service.load(account.id());
		assertThat(stored.displayName()).isEqualTo("Carol Jones");
		assertThat(stored.roles()).containsExactlyInAnyOrder(Role.TEAM_MEMBER, Role.PRODUCT_OWNER);
		assertThat(stored.version()).isEqualTo(1);
		AuditEntry entry = this.audit.single();
		assertThat(entry.action()).isEqualTo("account.updated");
		assertThat(entry.changes()).containsExactly(new FieldChange("displayName", "Carol", "Carol Jones"),
				new FieldChange("roles", "TEAM_MEMBER", "PRODUCT_OWNER, TEAM_MEMBER"));
	}

	@Test
	void refusesAnUpdateMadeOnAStaleVersionAndChangesNothing() {
		UserAccount account = this.service.create(ADMIN, new NewAccount("dave", "Dave", STRONG, List.of("AUDITOR")));
		this.service.update(ADMIN, account.id(), new AccountChange("Dave 1", List.of("AUDITOR"), true, 0));
		this.audit.entries.clear();

		assertThatThrownBy(
				() -> this.service.update(ADMIN, account.id(), new AccountChange("Dave 2", List.of("ADMIN"), true, 0)))
			.isInstanceOf(StaleVersionException.class);

		UserAccount stored = this.service.load(account.id());
		assertThat(stored.displayName()).isEqualTo("Dave 1");
		assertThat(stored.roles()).containsExactly(Role.AUDITOR);
		assertThat(this.audit.entries).isEmpty();
	}

	@Test
	void anAdministratorCannotTakeTheAdministratorRoleFromTheirOwnAccount() {
		UserAccount own = this.service.create(ADMIN, new NewAccount("erin", null, STRONG, List.of("ADMIN")));
		Actor erin = new Actor("erin", Set.of(Role.ADMIN));

		assertRefused(() -> this.service.update(erin, own.id(), new AccountChange(null, List.of("AUDITOR"), true, 0)),
				"roles", "account.roles.ownAdmin");
		assertRefused(() -> this.service.update(erin, own.id(), new AccountChange(null, List.of("ADMIN"), false, 0)),
				"active", "account.active.self");
		assertThat(this.service.load(own.id()).roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void anAdministratorMayTakeTheAdministratorRoleFromAnotherAccount() {
		UserAccount other = this.service.create(ADMIN, new NewAccount("frank", null, STRONG, List.of("ADMIN")));

		this.service.update(ADMIN, other.id(), new AccountChange(null, List.of("AUDITOR"), false, 0));

		UserAccount stored = this.service.load(other.id());
		assertThat(stored.roles()).containsExactly(Role.AUDITOR);
		assertThat(stored.active()).isFalse();
		assertThat(this.audit.entries.get(1).changes()).contains(new FieldChange("active", "true", "false"));
	}

	@Test
	void resettingThePasswordChecksThePolicyLiftsTheLockAndIsRecorded() {
		UserAccount account = this.service.create(ADMIN, new NewAccount("gina", null, STRONG, List.of("AUDITOR")));
		for (int i = 0; i < 5; i++) {
			this.service.loginFailed("gina", "10.0.0.1");
		}
		assertThat(this.service.load(account.id()).isLocked(NOW)).isTrue();

		assertRefused(() -> this.service.resetPassword(ADMIN, account.id(), "gina-is-my-name"), "password",
				"account.password.containsUsername");
		this.service.resetPassword(ADMIN, account.id(), "another long passphrase");

		UserAccount stored = this.service.load(account.id());
		assertThat(stored.isLocked(NOW)).isFalse();
		assertThat(stored.passwordHash()).isEqualTo("{test}another long passphrase");
		assertThat(this.audit.entries.get(this.audit.entries.size() - 1).action()).isEqualTo("account.passwordReset");
	}

	@Test
	void theFifthFailedLoginLocksTheAccountAndTheHistorySaysSo() {
		UserAccount account = this.service.create(ADMIN, new NewAccount("hank", null, STRONG, List.of("AUDITOR")));
		this.audit.entries.clear();

		for (int i = 0; i < 5; i++) {
			this.service.loginFailed("Hank", "10.0.0.2");
		}

		assertThat(this.service.load(account.id()).isLocked(NOW)).isTrue();
		assertThat(this.audit.entries).hasSize(5).allSatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("login.failed");
			assertThat(entry.entityId()).isEqualTo(account.id().toString());
		});
		assertThat(this.audit.entries.get(3).summary()).doesNotContain("locked");
		assertThat(this.audit.entries.get(4).summary()).contains("locked until");
	}

	@Test
	void aFailedLoginForAnUnknownNameIsRecordedWithoutAnObject() {
		this.service.loginFailed("nobody", "10.0.0.3");

		AuditEntry entry = this.audit.single();
		assertThat(entry.actor()).isEqualTo("nobody");
		assertThat(entry.entityType()).isNull();
		assertThat(entry.entityId()).isNull();
	}

	@Test
	void bootstrapsTheFirstAdministratorOnlyOnAnEmptyDatabase() {
		assertThat(this.service.bootstrapAdmin("first operator passphrase")).isTrue();
		assertThat(this.service.findByUsername("admin"))
			.hasValueSatisfying((admin) -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
		assertThat(this.service.bootstrapAdmin("second operator passphrase")).isFalse();
		assertThat(this.audit.entries).hasSize(1);
	}

	@Test
	void loadingAnUnknownAccountIsNotFound() {
		assertThatThrownBy(() -> this.service.load(AccountId.random())).isInstanceOf(NotFoundException.class);
	}

	private static void assertRefused(Runnable action, String field, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.code()).isEqualTo(code);
		});
	}

	/**
	 * Keeps copies, as a database would, and refuses a save on a stale version.
	 */
	static class InMemoryAccounts implements AccountRepository {

		private final Map<AccountId, UserAccount> stored = new HashMap<>();

		@Override
		public Optional<UserAccount> findById(AccountId id) {
			return Optional.ofNullable(this.stored.get(id)).map(InMemoryAccounts::copy);
		}

		@Override
		public Optional<UserAccount> findByUsername(String username) {
			return this.stored.values()
				.stream()
				.filter((account) -> account.username().value().equals(username))
				.findFirst()
				.map(InMemoryAccounts::copy);
		}

		@Override
		public boolean existsByUsername(String username) {
			return findByUsername(username).isPresent();
		}

		@Override
		public boolean existsAny() {
			return !this.stored.isEmpty();
		}

		@Override
		public void save(UserAccount account) {
			UserAccount current = this.stored.get(account.id());
			if (current != null && current.version() != account.version()) {
				throw new StaleVersionException("UserAccount", account.id());
			}
			long version = (current == null) ? 0 : current.version() + 1;
			this.stored.put(account.id(), copy(account, version));
		}

		private static UserAccount copy(UserAccount account) {
			return copy(account, account.version());
		}

		private static UserAccount copy(UserAccount account, long version) {
			return new UserAccount(account.id(), account.username(), account.displayName(), account.passwordHash(),
					account.roles(), account.active(), account.failedLogins(), account.lockedUntil(),
					account.createdAt(), version);
		}

	}

	static class RecordingAuditLog implements AuditLog {

		final List<AuditEntry> entries = new ArrayList<>();

		@Override
		public void record(AuditEntry entry) {
			this.entries.add(entry);
		}

		AuditEntry single() {
			assertThat(this.entries).hasSize(1);
			return this.entries.get(0);
		}

	}

	@Test
	void onlyAnAdministratorManagesAccounts() {
		Actor manager = new Actor("mgr", Set.of(Role.SECURITY_MANAGER));
		UserAccount account = this.service.create(ADMIN, new NewAccount("erin", null, STRONG, List.of("AUDITOR")));

		assertThatThrownBy(() -> this.service.create(manager, new NewAccount("frank", null, STRONG, List.of("ADMIN"))))
			.isInstanceOf(io.ownership.core.shared.ForbiddenException.class);
		assertThatThrownBy(() -> this.service.resetPassword(manager, account.id(), "another long passphrase"))
			.isInstanceOf(io.ownership.core.shared.ForbiddenException.class);
	}

}
