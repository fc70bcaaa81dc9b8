package io.ownership.web.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The account of a single sign-on, named by its user name in Ownership, with the roles
 * the provider's groups map to and the version the account had then.
 */
class AccountOidcUser extends DefaultOidcUser implements AccountPrincipal {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final long accountVersion;

	AccountOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
			String username, long accountVersion) {
		super(authorities, idToken, userInfo);
		this.username = username;
		this.accountVersion = accountVersion;
	}

	@Override
	public String getName() {
		return this.username;
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
