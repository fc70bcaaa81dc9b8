package io.ownership.core.shared;

import java.util.Objects;
import java.util.Set;

/**
 * The user on whose behalf a use case runs: their user name and roles.
 */
public record Actor(String username, Set<Role> roles) {

	public static final Actor SYSTEM = new Actor("system", Set.of(Role.ADMIN));

	public Actor {
		Objects.requireNonNull(username, "username");
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role candidate : candidates) {
			if (this.roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

}
