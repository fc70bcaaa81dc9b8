package io.ownership.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.UserAccount;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's user into an Ownership account: roles from the groups claim
 * through {@code ownership.sso.role-mapping}, the account opened at the first login and
 * linked to the person with the same e-mail address. A user none of whose groups maps to
 * a role, or whose account is deactivated, is refused with a message on the login page.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_ROLE = "ownership_no_role";

	static final String REFUSED = "ownership_refused";

	private static final Log logger = LogFactory.getLog(AccountOidcUserService.class);

	private final OidcUserService provider = new OidcUserService();

	private final SingleSignOnProperties properties;

	private final AccountService accounts;

	private final CatalogService catalog;

	AccountOidcUserService(SingleSignOnProperties properties, AccountService accounts, CatalogService catalog) {
		this.properties = properties;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.provider.loadUser(request);
		Set<Role> roles = roles(user.getClaim(this.properties.rolesClaim()));
		String username = username(user);
		if (roles.isEmpty()) {
			logger.info("Single sign-on of " + username + " refused: no group maps to a role");
			throw new OAuth2AuthenticationException(
					new OAuth2Error(NO_ROLE, "None of the groups of " + username + " gives a role in Ownership", null));
		}
		UserAccount account;
		try {
			account = this.accounts.signOn(username, displayName(user), roles);
		}
		catch (DomainException | ForbiddenException ex) {
			logger.info("Single sign-on of " + username + " refused: " + ex.getMessage());
			throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, ex.getMessage(), null));
		}
		this.catalog.linkAccountByEmail(user.getEmail(), account.id());
		return new AccountOidcUser(AccountUserDetailsService.authorities(account), user.getIdToken(),
				user.getUserInfo(), account.username().value(), account.version());
	}

	private String username(OidcUser user) {
		Object claim = user.getClaim(this.properties.usernameClaim());
		String name = (claim != null) ? claim.toString() : user.getEmail();
		return (name != null) ? name.trim().toLowerCase(Locale.ROOT) : user.getSubject();
	}

	private static String displayName(OidcUser user) {
		return (user.getFullName() != null) ? user.getFullName() : user.getPreferredUsername();
	}

	private Set<Role> roles(Object claim) {
		Collection<?> groups = (claim instanceof Collection<?> list) ? list
				: (claim instanceof String text) ? List.of(text.split(",")) : List.of();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object group : groups) {
			for (String role : this.properties.roleMapping().getOrDefault(group.toString().trim(), List.of())) {
				for (Role known : Role.values()) {
					if (known.name().equalsIgnoreCase(role.trim())) {
						roles.add(known);
					}
				}
			}
		}
		return roles;
	}

}
