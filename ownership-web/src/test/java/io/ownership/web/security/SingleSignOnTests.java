package io.ownership.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.UserAccount;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.SingleSignOnProvider;
import io.ownership.web.support.MockMvcTestSupport;
import jakarta.servlet.http.Cookie;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on against a real OpenID Connect provider started by the test
 * (mock-oauth2-server on a random port): the authorization code flow end to end, roles
 * from the groups claim, the account opened at the first login and linked to the person
 * with the same e-mail address, and a user without a mapped group refused with a message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SingleSignOnTests extends MockMvcTestSupport {

	static final MockOAuth2Server provider = SingleSignOnProvider.started(new MockOAuth2Server());

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		SingleSignOnProvider.properties(registry, provider,
				Map.of("security-team", "SECURITY_MANAGER,AUDITOR", "developers", "TEAM_MEMBER"));
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	PersonRepository people;

	@Test
	void theLoginPageOffersTheProvider() throws Exception {
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"login-sso\"")
			.contains("Log in with Example ID")
			.contains("id=\"login-submit\"");
	}

	@Test
	void theFirstLoginOpensTheAccountWithTheMappedRolesAndLinksThePersonWithTheSameAddress() throws Exception {
		String name = "sso-" + UUID.randomUUID().toString().substring(0, 8);
		String email = name + "@example.org";
		var person = this.catalog.registerPerson(Actor.SYSTEM, "Sam " + name, email, null);

		Cookie session = signOn(name, email, List.of("security-team", "unrelated"));

		UserAccount account = this.accounts.findByUsername(name).orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.SECURITY_MANAGER, Role.AUDITOR);
		assertThat(this.people.findById(person.id()).orElseThrow().account()).isEqualTo(account.id());
		this.mvc.perform(get("/approvals").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void aLaterLoginTakesTheRolesTheGroupsGiveNow() throws Exception {
		String name = "sso-" + UUID.randomUUID().toString().substring(0, 8);
		signOn(name, name + "@example.org", List.of("security-team"));

		Cookie session = signOn(name, name + "@example.org", List.of("developers"));

		assertThat(this.accounts.findByUsername(name).orElseThrow().roles()).containsExactly(Role.TEAM_MEMBER);
		this.mvc.perform(get("/approvals").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void aUserWithoutAMappedGroupIsRefusedWithAMessage() throws Exception {
		String name = "sso-" + UUID.randomUUID().toString().substring(0, 8);

		MockHttpServletResponse refused = callback(name, name + "@example.org", List.of("marketing"));

		assertThat(refused.getRedirectedUrl()).isEqualTo("/login?sso=norole");
		assertThat(this.accounts.findByUsername(name)).isEmpty();
		String page = this.mvc.perform(get("/login?sso=norole")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"login-sso-error\"").contains("has no group that gives a role in Ownership");
	}

	@Test
	void aDeactivatedAccountIsRefusedAtTheProviderLogin() throws Exception {
		String name = "sso-" + UUID.randomUUID().toString().substring(0, 8);
		signOn(name, name + "@example.org", List.of("developers"));
		UserAccount account = this.accounts.findByUsername(name).orElseThrow();
		this.accounts.update(new Actor("admin", Set.of(Role.ADMIN)), account.id(),
				new io.ownership.core.account.AccountChange(account.displayName(), List.of("TEAM_MEMBER"), false,
						account.version()));

		MockHttpServletResponse refused = callback(name, name + "@example.org", List.of("developers"));

		assertThat(refused.getRedirectedUrl()).isEqualTo("/login?sso=refused");
	}

	/**
	 * Logs in through the provider and returns the session cookie.
	 */
	private Cookie signOn(String username, String email, List<String> groups) throws Exception {
		MockHttpServletResponse done = callback(username, email, groups);
		assertThat(done.getRedirectedUrl()).isEqualTo("/");
		Cookie session = done.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/**
	 * The authorization code flow: the application sends the browser to the provider, the
	 * provider (which logs the user in at once with the given claims) sends it back with
	 * a code, and the application redeems the code at the provider.
	 */
	private MockHttpServletResponse callback(String username, String email, List<String> groups) throws Exception {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", username, "JWT", List.of("ownership"),
				Map.of("preferred_username", username, "email", email, "name", "Sam " + username, "groups", groups),
				3600));
		MockHttpServletResponse start = this.mvc.perform(get("/oauth2/authorization/sso")).andReturn().getResponse();
		assertThat(start.getRedirectedUrl()).startsWith(provider.issuerUrl("default").toString());
		Cookie session = start.getCookie("SESSION");
		HttpResponse<String> authorize = this.http.send(
				HttpRequest.newBuilder(URI.create(start.getRedirectedUrl())).build(),
				HttpResponse.BodyHandlers.ofString());
		String back = authorize.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IOException(
					"the provider did not redirect: " + authorize.statusCode() + " " + authorize.body()));
		Map<String, List<String>> query = UriComponentsBuilder.fromUriString(back).build().getQueryParams();
		return this.mvc
			.perform(get("/login/oauth2/code/sso").param("code", query.get("code").get(0))
				.param("state", java.net.URLDecoder.decode(query.get("state").get(0), "UTF-8"))
				.cookie(session))
			.andReturn()
			.getResponse();
	}

}
