package io.ownership.core.gate;

import java.time.LocalDate;
import java.util.Set;

/**
 * A token to create, as typed.
 *
 * @param name what it is for, such as "Shop pipeline"
 * @param scope the products it opens
 * @param permissions what it may do
 * @param expiresOn its last valid day, null for the default of 90 days
 */
public record NewApiToken(String name, TokenScope scope, Set<TokenPermission> permissions, LocalDate expiresOn) {

	public NewApiToken {
		permissions = (permissions == null) ? Set.of() : Set.copyOf(permissions);
	}

}
