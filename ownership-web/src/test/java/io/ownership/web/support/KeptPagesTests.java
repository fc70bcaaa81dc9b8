package io.ownership.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A key page is kept until its data changes: while kept it costs the one statement that
 * checks the versions (the badge's count is kept too), a change shows at the next
 * request, and a reload without the browser's cache renders it afresh. Across instances
 * and viewers: {@code InstancesTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class KeptPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeptPages keptPages;

	@Test
	void aKeptPageCostsOneStatementUntilItsDataChanges() throws Exception {
		UUID team = UUID.randomUUID();
		String name = "Kept " + team;
		this.jdbc.update("insert into team (id, name, kind) values (?, ?, 'DEVELOPMENT')", team, name);
		String path = "/teams/" + team;
		assertThat(page(get(path))).contains(name);

		StatementCounter.reset();
		assertThat(page(get(path))).contains(name);
		assertThat(StatementCounter.count()).as("the version check only").isEqualTo(1);

		this.jdbc.update("update team set name = ? where id = ?", "Renamed " + name, team);
		assertThat(page(get(path))).contains("Renamed " + name);

		StatementCounter.reset();
		assertThat(page(get(path).header("Cache-Control", "no-cache"))).contains("Renamed " + name);
		assertThat(StatementCounter.count()).as("rendered afresh").isGreaterThan(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard", "/dashboard/teams", "/", "/approvals" })
	void theDashboardTheScorecardsTheHomePageAndTheApprovalsAreKeptToo(String path) throws Exception {
		page(get(path), "SECURITY_MANAGER");
		StatementCounter.reset();
		page(get(path), "SECURITY_MANAGER");
		assertThat(StatementCounter.count()).as("the version check only").isEqualTo(1);

		this.jdbc.update("update team set name = name where false");
		StatementCounter.reset();
		page(get(path), "SECURITY_MANAGER");
		assertThat(StatementCounter.count()).as("rendered again after a change").isGreaterThan(1);
	}

	/**
	 * What the escalation job writes (escalations, their notices and recipients: area
	 * {@code escalation}) and the history it and every use case append to (area
	 * {@code history}) render again only the kept pages that show them (V110): the home
	 * page, the team page and the product page for escalations, the product page for the
	 * history; the dashboard, the scorecards, the approvals and the register stay kept.
	 */
	@Test
	void whatTheEscalationJobWritesRendersAgainOnlyThePagesThatShowIt() throws Exception {
		UUID team = UUID.randomUUID();
		UUID product = UUID.randomUUID();
		this.jdbc.update("insert into team (id, name, kind) values (?, ?, 'DEVELOPMENT')", team, "Escalated " + team);
		this.jdbc.update("insert into product (id, name, kind, owning_team_id) values (?, ?, 'BUSINESS_SERVICE', ?)",
				product, "Escalated " + product, team);
		List<String> showing = List.of("/", "/teams/" + team, "/products/" + product);
		List<String> notShowing = List.of("/dashboard", "/dashboard/teams", "/approvals", "/risks");
		List<String> all = new ArrayList<>(showing);
		all.addAll(notShowing);
		all.forEach(this::keptAsManager);

		UUID escalation = UUID.randomUUID();
		this.jdbc.update("""
				insert into escalation (id, trigger, item, started_at, product_id, title, link, opened_at)
				values (?, 'risk.undecided', ?, now(), ?, 'Escalated risk', '/risks', now())""", escalation,
				escalation.toString(), product);
		this.jdbc.update("""
				insert into escalation_notice (escalation_id, step, party, due_at, notified_at)
				values (?, 0, 'risk owner', now(), now())""", escalation);
		this.jdbc.update("insert into escalation_recipient (escalation_id, step, username) values (?, 0, ?)",
				escalation, "kept-viewer");
		for (String path : notShowing) {
			assertThat(statementsOf(path)).as(path + " does not show escalations: still kept").isEqualTo(1);
		}
		for (String path : showing) {
			assertThat(statementsOf(path)).as(path + " shows escalations: rendered again").isGreaterThan(1);
		}

		this.jdbc.update(
				"insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary)"
						+ " values (now(), 'kept-viewer', 'escalation.raised', 'Product', ?, 'Escalated')",
				product.toString());
		assertThat(statementsOf("/products/" + product)).as("the product page shows its history").isGreaterThan(1);
		for (String path : List.of("/", "/teams/" + team, "/dashboard", "/approvals", "/risks")) {
			assertThat(statementsOf(path)).as(path + " does not show the history: still kept").isEqualTo(1);
		}
	}

	private void keptAsManager(String path) {
		try {
			page(get(path), "SECURITY_MANAGER");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int statementsOf(String path) throws Exception {
		StatementCounter.reset();
		page(get(path), "SECURITY_MANAGER");
		return StatementCounter.count();
	}

	@Test
	void aLoggedInViewerOfAKeptPageCostsTheVersionCheckOnlyForTheAccountIsNotReadAgainWhileNothingChanged(
			@Autowired AccountService accounts) throws Exception {
		String username = "kept-login-" + UUID.randomUUID();
		accounts.createDemoAccount(username, username, "a-long-password-1", Set.of(Role.SECURITY_MANAGER));
		Cookie session = this.mvc.perform(formLogin("/login").user(username).password("a-long-password-1"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());

		StatementCounter.reset();
		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
		assertThat(StatementCounter.count()).as("the version check only, no account read").isEqualTo(1);

		this.jdbc.update("update user_account set active = false where username = ?", username);
		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl("/login?ended"));
	}

	/**
	 * Parameters the handler does not bind ({@code ?x=1}, {@code ?x=2}...) give the same
	 * page: it is rendered, not kept, so that they cannot fill the memory with copies; a
	 * parameter the handler binds keeps its own page.
	 */
	@Test
	void parametersTheHandlerIgnoresKeepNothing() throws Exception {
		UUID team = UUID.randomUUID();
		String name = "Ignored parameters " + team;
		this.jdbc.update("insert into team (id, name, kind) values (?, ?, 'DEVELOPMENT')", team, name);
		String path = "/teams/" + team;
		assertThat(page(get(path))).contains(name);
		int kept = this.keptPages.size();
		for (int i = 0; i < 20; i++) {
			assertThat(page(get(path).param("x", Integer.toString(i)))).contains(name);
		}
		assertThat(this.keptPages.size()).as("nothing kept for ?x=...").isEqualTo(kept);
		assertThat(page(get(path).param("assets", "all"))).contains(name);
		assertThat(this.keptPages.size()).as("?assets=all is bound: kept").isEqualTo(kept + 1);
		StatementCounter.reset();
		assertThat(page(get(path).param("assets", "all"))).contains(name);
		assertThat(StatementCounter.count()).as("served from memory").isEqualTo(1);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, "TEAM_MEMBER");
	}

	private String page(MockHttpServletRequestBuilder request, String role) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user("kept-viewer").roles(role))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
