package io.ownership.web.api;

import io.ownership.core.gate.TokenGrant;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a valid API token; its principal is the token's grant.
 */
public class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final TokenGrant grant;

	ApiTokenAuthentication(TokenGrant grant) {
		super(grant.permissions()
			.stream()
			.map((permission) -> new SimpleGrantedAuthority("TOKEN_" + permission.name()))
			.toList());
		this.grant = grant;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public TokenGrant getPrincipal() {
		return this.grant;
	}

	@Override
	public String getName() {
		return this.grant.label();
	}

}
