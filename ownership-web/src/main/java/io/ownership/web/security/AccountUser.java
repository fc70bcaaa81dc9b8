package io.ownership.web.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The account of a password login, with its roles and the version it had when they were
 * read.
 */
class AccountUser extends User implements AccountPrincipal {

	private static final long serialVersionUID = 1L;

	private final long accountVersion;

	AccountUser(String username, String password, boolean enabled, boolean accountNonLocked,
			Collection<? extends GrantedAuthority> authorities, long accountVersion) {
		super(username, password, enabled, true, true, accountNonLocked, authorities);
		this.accountVersion = accountVersion;
	}

	@Override
	public long accountVersion() {
		return this.accountVersion;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
