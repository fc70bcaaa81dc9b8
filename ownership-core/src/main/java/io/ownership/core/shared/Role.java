package io.ownership.core.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What kind of thing a user may do. Where they may do it is decided object by object.
 */
public enum Role {

	/** Manages user accounts and roles. */
	ADMIN,

	/** Edits responsibility tables, sets guardrails, approves escalated acceptances. */
	SECURITY_MANAGER,

	/** Keeps their products' ownership records and accepts their risks. */
	PRODUCT_OWNER,

	/** Reads their team's ownership dashboard. */
	TEAM_MEMBER,

	/** Reads everything, including the history; changes nothing. */
	AUDITOR;

	/**
	 * Parses role names as a form or an API sends them.
	 * @param field the input's name, for the message
	 * @param names role names
	 * @return the roles
	 * @throws InvalidInputException naming the first unknown role
	 */
	public static Set<Role> parse(String field, Collection<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			String candidate = (name == null) ? "" : name.trim();
			Role role = Arrays.stream(values())
				.filter((r) -> r.name().equalsIgnoreCase(candidate))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException(field, "account.role.unknown",
						"Unknown role: " + candidate, candidate));
			roles.add(role);
		}
		return roles;
	}

}
