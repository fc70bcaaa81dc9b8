package io.ownership.core.account;

import java.util.List;

/**
 * An administrator's change to an account, made on the version they saw.
 */
public record AccountChange(String displayName, List<String> roles, boolean active, long expectedVersion) {

	public AccountChange {
		roles = (roles == null) ? List.of() : List.copyOf(roles);
	}

}
