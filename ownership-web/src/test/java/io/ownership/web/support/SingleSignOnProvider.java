package io.ownership.web.support;

import java.net.InetAddress;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The OpenID Connect provider of the single sign-on tests: a mock-oauth2-server on a
 * random loopback port, and the application's {@code ownership.sso.*} properties that
 * point at it (client "ownership", provider named "Example ID").
 */
public final class SingleSignOnProvider {

	private SingleSignOnProvider() {
	}

	/** The server, started on a random port of the loopback address. */
	public static MockOAuth2Server started(MockOAuth2Server server) {
		server.start(InetAddress.getLoopbackAddress(), 0);
		return server;
	}

	/**
	 * Points the application at the provider's issuer "default", with the roles each
	 * group maps to ({@code ownership.sso.role-mapping.<group>}).
	 */
	public static void properties(DynamicPropertyRegistry registry, MockOAuth2Server provider,
			Map<String, String> roleMapping) {
		registry.add("ownership.sso.issuer-uri", () -> provider.issuerUrl("default").toString());
		registry.add("ownership.sso.client-id", () -> "ownership");
		registry.add("ownership.sso.client-secret", () -> "secret");
		registry.add("ownership.sso.name", () -> "Example ID");
		roleMapping.forEach((group, roles) -> registry.add("ownership.sso.role-mapping." + group, () -> roles));
	}

}
