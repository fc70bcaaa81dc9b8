package io.ownership.core.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * Use cases of account administration and of login bookkeeping. Every change is recorded
 * in the history in the same transaction.
 */
@Transactional
public class AccountService {

	static final String ENTITY = "UserAccount";

	private final AccountRepository accounts;

	private final PasswordHasher hasher;

	private final AuditLog audit;

	private final Clock clock;

	private final LoginThrottle throttle;

	public AccountService(AccountRepository accounts, PasswordHasher hasher, AuditLog audit, Clock clock,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.audit = audit;
		this.clock = clock;
		this.throttle = throttle;
	}

	/**
	 * Opens an account after checking the name is free and the password strong enough.
	 */
	public UserAccount create(Actor actor, NewAccount command) {
		requireAdmin(actor);
		Username username = new Username(command.username());
		if (this.accounts.existsByUsername(username.value())) {
			throw new InvalidInputException("username", "account.username.taken",
					"The user name " + username + " is already taken", username.value());
		}
		PasswordPolicy.check("password", username.value(), command.password());
		Set<Role> roles = Role.parse("roles", command.roles());
		UserAccount account = UserAccount.open(username, command.displayName(), this.hasher.hash(command.password()),
				roles, now());
		this.accounts.save(account);
		this.audit.record(AuditEntry.of(now(), actor.username(), "account.created")
			.entity(ENTITY, account.id())
			.summary("Account " + username + " created")
			.change("username", null, username)
			.change("displayName", null, account.displayName())
			.change("roles", null, names(account.roles()))
			.build());
		return account;
	}

	/**
	 * Opens an account without the password policy: only for the demo organization, whose
	 * accounts share a documented password.
	 */
	public UserAccount createDemoAccount(String username, String displayName, String password, Set<Role> roles) {
		Username name = new Username(username);
		UserAccount account = UserAccount.open(name, displayName, this.hasher.hash(password), roles, now());
		this.accounts.save(account);
		this.audit.record(AuditEntry.of(now(), Actor.SYSTEM.username(), "account.created")
			.entity(ENTITY, account.id())
			.summary("Demo account " + name + " created")
			.change("username", null, name)
			.change("roles", null, names(roles))
			.build());
		return account;
	}

	/**
	 * Creates the first administrator when no account exists yet.
	 * @return true when the account was created
	 */
	public boolean bootstrapAdmin(String password) {
		if (this.accounts.existsAny()) {
			return false;
		}
		Username name = new Username("admin");
		PasswordPolicy.check("OWNERSHIP_ADMIN_PASSWORD", name.value(), password);
		UserAccount account = UserAccount.open(name, "Administrator", this.hasher.hash(password), Set.of(Role.ADMIN),
				now());
		this.accounts.save(account);
		this.audit.record(AuditEntry.of(now(), Actor.SYSTEM.username(), "account.created")
			.entity(ENTITY, account.id())
			.summary("First administrator account created")
			.change("username", null, name)
			.change("roles", null, Role.ADMIN)
			.build());
		return true;
	}

	/**
	 * Changes display name, roles and whether the account may log in, made on the version
	 * the editor saw.
	 */
	public UserAccount update(Actor actor, AccountId id, AccountChange change) {
		requireAdmin(actor);
		UserAccount account = load(id);
		if (account.version() != change.expectedVersion()) {
			throw new StaleVersionException(ENTITY, id);
		}
		Set<Role> roles = Role.parse("roles", change.roles());
		if (actor.username().equals(account.username().value())) {
			if (!roles.contains(Role.ADMIN)) {
				throw new InvalidInputException("roles", "account.roles.ownAdmin",
						"You cannot take the administrator role from your own account");
			}
			if (!change.active()) {
				throw new InvalidInputException("active", "account.active.self",
						"You cannot deactivate your own account");
			}
		}
		String beforeName = account.displayName();
		String beforeRoles = names(account.roles());
		boolean beforeActive = account.active();
		account.rename(change.displayName());
		account.assignRoles(roles);
		if (change.active() && !beforeActive) {
			account.reactivate();
		}
		else if (!change.active() && beforeActive) {
			account.deactivate();
		}
		this.accounts.save(account);
		this.audit.record(AuditEntry.of(now(), actor.username(), "account.updated")
			.entity(ENTITY, id)
			.summary("Account " + account.username() + " changed")
			.change("displayName", beforeName, account.displayName())
			.change("roles", beforeRoles, names(account.roles()))
			.change("active", beforeActive, account.active())
			.build());
		return account;
	}

	/**
	 * Sets a new password chosen by an administrator; also lifts a login lock.
	 */
	public void resetPassword(Actor actor, AccountId id, String newPassword) {
		requireAdmin(actor);
		UserAccount account = load(id);
		PasswordPolicy.check("password", account.username().value(), newPassword);
		account.changePassword(this.hasher.hash(newPassword));
		this.accounts.save(account);
		this.audit.record(AuditEntry.of(now(), actor.username(), "account.passwordReset")
			.entity(ENTITY, id)
			.summary("Password of " + account.username() + " reset")
			.build());
	}

	/**
	 * A login through the organization's identity provider (single sign-on): opens the
	 * account at its first login, without a password that could be typed, or gives it the
	 * roles the provider's groups map to now. A deactivated account stays refused.
	 * @param roles the mapped roles, at least one
	 */
	public UserAccount signOn(String username, String displayName, Set<Role> roles) {
		Username name = new Username(username);
		Optional<UserAccount> found = this.accounts.findByUsername(name.value());
		if (found.isEmpty()) {
			byte[] secret = new byte[32];
			new java.security.SecureRandom().nextBytes(secret);
			UserAccount account = UserAccount.open(name, displayName,
					this.hasher.hash(java.util.Base64.getEncoder().encodeToString(secret)), roles, now());
			this.accounts.save(account);
			this.audit.record(AuditEntry.of(now(), Actor.SYSTEM.username(), "account.created")
				.entity(ENTITY, account.id())
				.summary("Account " + name + " created at its first single sign-on")
				.change("username", null, name)
				.change("displayName", null, account.displayName())
				.change("roles", null, names(account.roles()))
				.build());
			return account;
		}
		UserAccount account = found.get();
		if (!account.active()) {
			throw new ForbiddenException("account.inactive", "The account " + name + " is deactivated");
		}
		if (!account.roles().equals(roles)) {
			String before = names(account.roles());
			account.assignRoles(roles);
			this.accounts.save(account);
			this.audit.record(AuditEntry.of(now(), Actor.SYSTEM.username(), "account.updated")
				.entity(ENTITY, account.id())
				.summary("Roles of " + name + " taken from the identity provider at single sign-on")
				.change("roles", before, names(account.roles()))
				.build());
		}
		return account;
	}

	/**
	 * Counts a failed login for an existing account and records the attempt, whether the
	 * account exists or not.
	 */
	public void loginFailed(String attemptedUsername, String remoteAddress) {
		Optional<UserAccount> account = this.accounts.findByUsername(normalize(attemptedUsername));
		Instant now = now();
		String lockState = null;
		if (account.isPresent()) {
			UserAccount found = account.get();
			boolean wasLocked = found.isLocked(now);
			found.recordFailedLogin(now, this.throttle);
			this.accounts.save(found);
			if (!wasLocked && found.isLocked(now)) {
				lockState = "locked until " + found.lockedUntil();
			}
		}
		this.audit.record(AuditEntry.of(now, truncate(attemptedUsername), "login.failed")
			.entity(account.isPresent() ? ENTITY : null, account.map(UserAccount::id).orElse(null))
			.summary("Failed login from " + remoteAddress + ((lockState != null) ? "; account " + lockState : ""))
			.build());
	}

	public void loginSucceeded(String username, String remoteAddress) {
		this.accounts.findByUsername(normalize(username)).ifPresent((account) -> {
			if (account.failedLogins() > 0 || account.lockedUntil() != null) {
				account.recordSuccessfulLogin();
				this.accounts.save(account);
			}
			this.audit.record(AuditEntry.of(now(), account.username().value(), "login.succeeded")
				.entity(ENTITY, account.id())
				.summary("Logged in from " + remoteAddress)
				.build());
		});
	}

	public Optional<UserAccount> findByUsername(String username) {
		return this.accounts.findByUsername(normalize(username));
	}

	public UserAccount load(AccountId id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String names(Set<Role> roles) {
		return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
	}

	private static String normalize(String username) {
		return (username == null) ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private static String truncate(String value) {
		String text = (value == null || value.isBlank()) ? "(empty)" : value.trim();
		return (text.length() > 100) ? text.substring(0, 100) : text;
	}

	/**
	 * Accounts are managed by administrators only, whichever page or job asks.
	 */
	private static void requireAdmin(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException("account.forbidden", "Only an administrator manages user accounts");
		}
	}

}
