package io.ownership.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final LoginThrottle THROTTLE = new LoginThrottle(3, Duration.ofMinutes(15));

	@Test
	void opensAnActiveAccountWithoutFailuresAndTheUsernameAsDefaultDisplayName() {
		UserAccount account = open(Set.of(Role.AUDITOR));

		assertThat(account.active()).isTrue();
		assertThat(account.failedLogins()).isZero();
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.displayName()).isEqualTo("alice");
		assertThat(account.createdAt()).isEqualTo(NOW);
		assertThat(account.version()).isZero();
	}

	@Test
	void requiresAtLeastOneRoleToOpen() {
		assertThatThrownBy(() -> open(Set.of())).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("roles"));
	}

	@Test
	void requiresAtLeastOneRoleWhenRolesAreReassigned() {
		UserAccount account = open(Set.of(Role.ADMIN));

		assertThatThrownBy(() -> account.assignRoles(Set.of())).isInstanceOf(InvalidInputException.class);
		assertThat(account.roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void locksForTheThrottlesDurationOnTheFailureThatReachesTheLimit() {
		UserAccount account = open(Set.of(Role.TEAM_MEMBER));

		account.recordFailedLogin(NOW, THROTTLE);
		account.recordFailedLogin(NOW.plusSeconds(1), THROTTLE);
		assertThat(account.isLocked(NOW.plusSeconds(1))).isFalse();
		assertThat(account.failedLogins()).isEqualTo(2);

		account.recordFailedLogin(NOW.plusSeconds(2), THROTTLE);
		assertThat(account.lockedUntil()).isEqualTo(NOW.plusSeconds(2).plus(Duration.ofMinutes(15)));
		assertThat(account.isLocked(NOW.plusSeconds(3))).isTrue();
		assertThat(account.isLocked(NOW.plusSeconds(2).plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void doesNotExtendTheLockWhenFailuresContinueWhileLocked() {
		UserAccount account = open(Set.of(Role.TEAM_MEMBER));
		for (int i = 0; i < 3; i++) {
			account.recordFailedLogin(NOW, THROTTLE);
		}
		Instant lockedUntil = account.lockedUntil();

		account.recordFailedLogin(NOW.plusSeconds(60), THROTTLE);

		assertThat(account.lockedUntil()).isEqualTo(lockedUntil);
	}

	@Test
	void aSuccessfulLoginClearsTheFailureCount() {
		UserAccount account = open(Set.of(Role.TEAM_MEMBER));
		account.recordFailedLogin(NOW, THROTTLE);
		account.recordFailedLogin(NOW, THROTTLE);

		account.recordSuccessfulLogin();
		account.recordFailedLogin(NOW, THROTTLE);

		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.failedLogins()).isEqualTo(1);
	}

	@Test
	void reactivatingLiftsTheLock() {
		UserAccount account = open(Set.of(Role.TEAM_MEMBER));
		for (int i = 0; i < 3; i++) {
			account.recordFailedLogin(NOW, THROTTLE);
		}
		account.deactivate();
		assertThat(account.active()).isFalse();

		account.reactivate();

		assertThat(account.active()).isTrue();
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.failedLogins()).isZero();
	}

	@Test
	void changingThePasswordLiftsTheLock() {
		UserAccount account = open(Set.of(Role.TEAM_MEMBER));
		for (int i = 0; i < 3; i++) {
			account.recordFailedLogin(NOW, THROTTLE);
		}

		account.changePassword("{noop}new");

		assertThat(account.passwordHash()).isEqualTo("{noop}new");
		assertThat(account.isLocked(NOW)).isFalse();
	}

	@Test
	void rejectsDisplayNamesLongerThan200Characters() {
		UserAccount account = open(Set.of(Role.TEAM_MEMBER));

		assertThatThrownBy(() -> account.rename("x".repeat(201))).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("displayName"));
		account.rename("  Alice Smith ");
		assertThat(account.displayName()).isEqualTo("Alice Smith");
	}

	private static UserAccount open(Set<Role> roles) {
		return UserAccount.open(new Username("alice"), " ", "{noop}secret", roles, NOW);
	}

}
