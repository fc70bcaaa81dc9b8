package io.ownership.core.account;

import java.time.Instant;
import java.util.Set;

import io.ownership.core.shared.Role;

/**
 * An account as the administration list shows it.
 */
public record AccountSummary(AccountId id, String username, String displayName, Set<Role> roles, boolean active,
		Instant lockedUntil, Instant createdAt, long version) {
}
