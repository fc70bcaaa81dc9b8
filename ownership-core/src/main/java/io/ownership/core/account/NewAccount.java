package io.ownership.core.account;

import java.util.List;

/**
 * What an administrator types to open an account.
 */
public record NewAccount(String username, String displayName, String password, List<String> roles) {

	public NewAccount {
		roles = (roles == null) ? List.of() : List.copyOf(roles);
	}

}
