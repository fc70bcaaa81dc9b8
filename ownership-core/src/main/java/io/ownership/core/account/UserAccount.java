package io.ownership.core.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;

/**
 * A person's login to Ownership: name, password hash, roles, whether it may log in, and
 * the count of failed logins that locks it for a while.
 */
public final class UserAccount {

	private final AccountId id;

	private final Username username;

	private String displayName;

	private String passwordHash;

	private final Set<Role> roles;

	private boolean active;

	private int failedLogins;

	private Instant lockedUntil;

	private final Instant createdAt;

	private final long version;

	public UserAccount(AccountId id, Username username, String displayName, String passwordHash, Set<Role> roles,
			boolean active, int failedLogins, Instant lockedUntil, Instant createdAt, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.username = Objects.requireNonNull(username, "username");
		this.displayName = displayName;
		this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.active = active;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.version = version;
	}

	/**
	 * Opens a new, active account.
	 */
	public static UserAccount open(Username username, String displayName, String passwordHash, Set<Role> roles,
			Instant now) {
		requireRoles(roles);
		return new UserAccount(AccountId.random(), username, cleanDisplayName(displayName, username), passwordHash,
				roles, true, 0, null, now, 0);
	}

	public void assignRoles(Set<Role> newRoles) {
		requireRoles(newRoles);
		this.roles.clear();
		this.roles.addAll(newRoles);
	}

	public void rename(String newDisplayName) {
		this.displayName = cleanDisplayName(newDisplayName, this.username);
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * Counts a failed login; the failure that reaches the throttle's limit locks the
	 * account.
	 */
	public void recordFailedLogin(Instant now, LoginThrottle throttle) {
		if (isLocked(now)) {
			return;
		}
		this.failedLogins++;
		if (this.failedLogins >= throttle.maxFailures()) {
			this.lockedUntil = now.plus(throttle.lockDuration());
			this.failedLogins = 0;
		}
	}

	public void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	private static void requireRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "account.roles.empty", "Choose at least one role");
		}
	}

	private static String cleanDisplayName(String displayName, Username username) {
		if (displayName == null || displayName.isBlank()) {
			return username.value();
		}
		String trimmed = displayName.trim();
		if (trimmed.length() > 200) {
			throw new InvalidInputException("displayName", "account.displayName.tooLong",
					"A display name has at most 200 characters");
		}
		return trimmed;
	}

	public AccountId id() {
		return this.id;
	}

	public Username username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	public boolean active() {
		return this.active;
	}

	public int failedLogins() {
		return this.failedLogins;
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

}
