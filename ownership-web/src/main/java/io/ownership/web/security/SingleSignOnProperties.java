package io.ownership.web.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through the organization's OpenID Connect provider, off unless
 * {@code ownership.sso.issuer-uri} is set.
 *
 * @param issuerUri the provider's issuer (its discovery document is read at start-up)
 * @param clientId the client id registered at the provider
 * @param clientSecret the client's secret
 * @param name the provider's name on the login button
 * @param usernameClaim the claim that gives the user name of the account
 * @param rolesClaim the claim that lists the user's groups
 * @param roleMapping group name → roles (comma-separated role names) it grants
 */
@ConfigurationProperties("ownership.sso")
public record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret, String name,
		String usernameClaim, String rolesClaim, Map<String, List<String>> roleMapping) {

	public SingleSignOnProperties {
		name = (name == null || name.isBlank()) ? "single sign-on" : name;
		usernameClaim = (usernameClaim == null || usernameClaim.isBlank()) ? "preferred_username" : usernameClaim;
		rolesClaim = (rolesClaim == null || rolesClaim.isBlank()) ? "groups" : rolesClaim;
		roleMapping = (roleMapping == null) ? Map.of() : Map.copyOf(roleMapping);
	}

	public boolean enabled() {
		return this.issuerUri != null && !this.issuerUri.isBlank();
	}

}
