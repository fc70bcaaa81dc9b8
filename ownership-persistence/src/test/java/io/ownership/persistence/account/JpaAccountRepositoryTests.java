package io.ownership.persistence.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountQuery;
import io.ownership.core.account.AccountRepository;
import io.ownership.core.account.AccountSummary;
import io.ownership.core.account.UserAccount;
import io.ownership.core.account.Username;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JpaAccountRepositoryTests {

	private static final Instant CREATED = Instant.parse("2026-02-01T08:30:00.123456Z");

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountQuery query;

	@Autowired
	EntityManager entityManager;

	@Test
	void readsBackEveryFieldOfASavedAccountAfterFlush() {
		String name = unique("alice");
		UserAccount account = UserAccount.open(new Username(name), "Alice Smith", "{noop}hash",
				Set.of(Role.AUDITOR, Role.TEAM_MEMBER), CREATED);
		Instant lockedUntil = CREATED.plus(15, ChronoUnit.MINUTES);
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(CREATED,
					new io.ownership.core.account.LoginThrottle(5, java.time.Duration.ofMinutes(15)));
		}
		this.accounts.save(account);
		this.entityManager.flush();
		this.entityManager.clear();

		UserAccount read = this.accounts.findByUsername(name).orElseThrow();
		assertThat(read.id()).isEqualTo(account.id());
		assertThat(read.username().value()).isEqualTo(name);
		assertThat(read.displayName()).isEqualTo("Alice Smith");
		assertThat(read.passwordHash()).isEqualTo("{noop}hash");
		assertThat(read.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.TEAM_MEMBER);
		assertThat(read.active()).isTrue();
		assertThat(read.lockedUntil()).isEqualTo(lockedUntil);
		assertThat(read.createdAt()).isEqualTo(CREATED);
		assertThat(this.accounts.findById(account.id())).isPresent();
		assertThat(this.accounts.existsByUsername(name)).isTrue();
		assertThat(this.accounts.existsAny()).isTrue();
	}

	@Test
	void savingAChangeIncrementsTheVersionAndReplacesTheRoles() {
		UserAccount account = open(unique("bob"), Role.ADMIN);
		this.accounts.save(account);
		this.entityManager.clear();

		UserAccount loaded = this.accounts.findById(account.id()).orElseThrow();
		loaded.assignRoles(Set.of(Role.PRODUCT_OWNER));
		this.accounts.save(loaded);
		this.entityManager.clear();

		UserAccount read = this.accounts.findById(account.id()).orElseThrow();
		assertThat(read.roles()).containsExactly(Role.PRODUCT_OWNER);
		assertThat(read.version()).isEqualTo(loaded.version() + 1);
	}

	@Test
	void refusesASecondAccountWithTheSameUsername() {
		String name = unique("carol");
		this.accounts.save(open(name, Role.AUDITOR));

		assertThatThrownBy(() -> this.accounts.save(open(name, Role.ADMIN)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesToSaveAnAccountLoadedBeforeSomeoneElsesChange() {
		UserAccount account = open(unique("dave"), Role.AUDITOR);
		this.accounts.save(account);
		this.entityManager.clear();
		UserAccount mine = this.accounts.findById(account.id()).orElseThrow();
		UserAccount theirs = this.accounts.findById(account.id()).orElseThrow();
		theirs.rename("Changed by them");
		this.accounts.save(theirs);
		this.entityManager.clear();

		mine.rename("Changed by me");
		assertThatThrownBy(() -> this.accounts.save(mine)).isInstanceOf(StaleVersionException.class);

		this.entityManager.clear();
		assertThat(this.accounts.findById(account.id()).orElseThrow().displayName()).isEqualTo("Changed by them");
	}

	@Test
	void searchesByUsernameOrDisplayNameInAnyCaseWithRolesAndPaging() {
		String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(open(marker + "-b", Role.AUDITOR));
		UserAccount named = UserAccount.open(new Username(unique("zz")), "Erin " + marker.toUpperCase(), "{noop}h",
				Set.of(Role.ADMIN, Role.TEAM_MEMBER), CREATED);
		this.accounts.save(named);
		this.accounts.save(open(marker + "-a", Role.PRODUCT_OWNER));

		Page<AccountSummary> first = this.query.search(marker.toUpperCase(), PageRequest.of(0, 2));
		Page<AccountSummary> second = this.query.search(marker, PageRequest.of(1, 2));

		assertThat(first.totalElements()).isEqualTo(3);
		assertThat(first.content()).extracting(AccountSummary::username).containsExactly(marker + "-a", marker + "-b");
		assertThat(first.content().get(0).roles()).containsExactly(Role.PRODUCT_OWNER);
		assertThat(second.content()).singleElement().satisfies((summary) -> {
			assertThat(summary.displayName()).isEqualTo("Erin " + marker.toUpperCase());
			assertThat(summary.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.TEAM_MEMBER);
		});
	}

	private static UserAccount open(String name, Role role) {
		return UserAccount.open(new Username(name), null, "{noop}hash", Set.of(role), CREATED);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
