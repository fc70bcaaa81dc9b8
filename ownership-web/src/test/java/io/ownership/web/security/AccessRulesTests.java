package io.ownership.web.security;

import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open which page, what each role sees in the navigation, and the headers every
 * page carries.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditQuery history;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/admin/users", "/admin/users/new", "/audit" })
	void anonymousVisitorsAreSentToTheLoginPage(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void theLoginPageIsOpenToAnonymousVisitors() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"login-submit\"")));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedEvenForAnAdministrator() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(user("csrf-admin").roles("ADMIN"))
				.param("username", "csrf-" + UUID.randomUUID().toString().substring(0, 8))
				.param("password", "a long enough passphrase")
				.param("roles", "AUDITOR"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0}: users link {1}, history link {2}")
	@CsvSource({ "ADMIN, true, true", "SECURITY_MANAGER, false, false", "PRODUCT_OWNER, false, false",
			"TEAM_MEMBER, false, false", "AUDITOR, false, true" })
	void eachRoleSeesOnlyTheNavigationLinksItMayFollow(String role, boolean users, boolean history) throws Exception {
		RequestPostProcessor someone = user("nav-" + role.toLowerCase()).roles(role);

		this.mvc.perform(get("/").with(someone))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"welcome\"")))
			.andExpect(link("nav-users", users))
			.andExpect(link("nav-audit", history));
		this.mvc.perform(get("/admin/users").with(someone)).andExpect(users ? status().isOk() : status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(someone))
			.andExpect(users ? status().isOk() : status().isForbidden());
		this.mvc.perform(get("/audit").with(someone)).andExpect(history ? status().isOk() : status().isForbidden());
	}

	@ParameterizedTest(
			name = "{0}: approvals {1}, effectiveness {2}, guardrails {3}, tokens {4}, import {5}, history {6}, users {7}")
	@CsvSource({ "ADMIN, false, false, false, false, true, true, true",
			"SECURITY_MANAGER, true, true, true, true, true, false, false",
			"PRODUCT_OWNER, false, false, false, true, false, false, false",
			"TEAM_MEMBER, false, false, false, false, false, false, false",
			"AUDITOR, false, true, false, false, false, true, false" })
	void eachRoleSeesEveryMenuLinkOfItsRolesAndNoOther(String role, boolean approvals, boolean effectiveness,
			boolean guardrails, boolean tokens, boolean imports, boolean history, boolean users) throws Exception {
		String name = "menu-" + role.toLowerCase();

		this.mvc.perform(get("/").with(user(name).roles(role)))
			.andExpect(status().isOk())
			.andExpect(link("nav-dashboard", true))
			.andExpect(link("nav-approvals", approvals))
			.andExpect(link("nav-effectiveness", effectiveness))
			.andExpect(link("nav-guardrails", guardrails))
			.andExpect(link("nav-tokens", tokens))
			.andExpect(link("nav-import", imports))
			.andExpect(link("nav-audit", history))
			.andExpect(link("nav-users", users))
			.andExpect(content().string(containsString("Logged in as " + name)));
	}

	@Test
	void aViewerWithTwoRolesSeesTheLinksOfBoth() throws Exception {
		this.mvc.perform(get("/").with(user("menu-two-roles").roles("PRODUCT_OWNER", "AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(link("nav-tokens", true))
			.andExpect(link("nav-audit", true))
			.andExpect(link("nav-effectiveness", true))
			.andExpect(link("nav-approvals", false))
			.andExpect(link("nav-users", false));
	}

	@Test
	void theLoginPageShowsNoMenu() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(link("nav-dashboard", false))
			.andExpect(link("logout", false));
	}

	@Test
	void aDeniedRequestIsRecordedInTheHistory() throws Exception {
		String name = "intruder-" + UUID.randomUUID().toString().substring(0, 8);

		this.mvc.perform(get("/admin/users").with(user(name).roles("TEAM_MEMBER"))).andExpect(status().isForbidden());

		assertThat(this.history.search(new AuditFilter(name, null, null, null, null), PageRequest.of(0, 10)).content())
			.singleElement()
			.satisfies((AuditRecord record) -> {
				assertThat(record.entry().action()).isEqualTo("access.denied");
				assertThat(record.entry().summary()).isEqualTo("GET /admin/users refused");
			});
	}

	@Test
	void theLoginPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login")).andExpectAll(securityHeaders());
	}

	@Test
	void theHomePageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/").with(user("headers-member").roles("TEAM_MEMBER"))).andExpectAll(securityHeaders());
	}

	@Test
	void theAdministrationPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("headers-admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpectAll(securityHeaders());
	}

	@Test
	void aForbiddenAnswerCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/audit").with(user("headers-member").roles("TEAM_MEMBER")))
			.andExpect(status().isForbidden())
			.andExpectAll(securityHeaders());
	}

	static ResultMatcher[] securityHeaders() {
		return new ResultMatcher[] {
				header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY),
				header().string("Referrer-Policy", "strict-origin-when-cross-origin"),
				header().string("X-Frame-Options", "DENY"), header().string("X-Content-Type-Options", "nosniff") };
	}

	private static ResultMatcher link(String id, boolean present) {
		String attribute = "id=\"" + id + "\"";
		return content().string(present ? containsString(attribute) : not(containsString(attribute)));
	}

}
