package io.ownership.web.support;

import java.util.Collection;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the layout's navigation shows the viewer: the links their roles may follow and the
 * name they are logged in as, computed once per page from the request's authentication
 * (the roles as they are in the database now, see {@code AccountSessionFilter}) instead
 * of one security expression per link. The layout reads it as
 * {@code @navigation.current()}, so error pages show the same menu. Hiding a link is not
 * the check: every path is authorized on the server.
 */
@Component("navigation")
public class Navigation {

	private static final View NONE = new View(false, null, false, false, false, false, false, false, false);

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	public View current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || this.trust.isAnonymous(authentication)) {
			return NONE;
		}
		Roles roles = new Roles(authentication.getAuthorities());
		boolean manager = roles.has("SECURITY_MANAGER");
		boolean admin = roles.has("ADMIN");
		boolean auditor = roles.has("AUDITOR");
		return new View(true, authentication.getName(), manager, manager || auditor, manager,
				manager || roles.has("PRODUCT_OWNER"), manager || admin, admin || auditor, admin);
	}

	/**
	 * The navigation of one viewer.
	 *
	 * @param loggedIn whether there is a menu at all
	 * @param name the name the viewer is logged in as
	 * @param approvals the approvals inbox (security managers)
	 * @param effectiveness the program's effectiveness (security managers, auditors)
	 * @param guardrails the guardrails (security managers)
	 * @param tokens the API tokens (security managers, product owners)
	 * @param imports the catalog import (security managers, administrators)
	 * @param history the history (administrators, auditors)
	 * @param users the user administration (administrators)
	 */
	public record View(boolean loggedIn, String name, boolean approvals, boolean effectiveness, boolean guardrails,
			boolean tokens, boolean imports, boolean history, boolean users) {
	}

	private record Roles(Collection<? extends GrantedAuthority> authorities) {

		boolean has(String role) {
			String authority = "ROLE_" + role;
			for (GrantedAuthority granted : this.authorities) {
				if (authority.equals(granted.getAuthority())) {
					return true;
				}
			}
			return false;
		}

	}

}
