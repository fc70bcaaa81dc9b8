package io.ownership.web.risk;

import java.time.LocalDate;
import java.util.List;

import io.ownership.core.account.AccountChange;
import io.ownership.core.account.UserAccount;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskService;
import io.ownership.core.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session that is already open follows what an administrator decides about its account
 * at the next request: fewer roles count at once, a deactivated account is logged out, a
 * password reset ends the account's sessions. Sessions are real ones (logged in through
 * the form, carried by their cookie, kept in the database).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsFollowAccountChangesTests extends RiskWebTestSupport {

	private static final String PASSWORD = "a-long-password-1";

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@Autowired
	AcceptanceRepository acceptanceRepository;

	@Test
	void aManagerDemotedToTeamMemberCanNoLongerApproveInTheSessionHeAlreadyHas() throws Exception {
		Risk risk = this.org.auditRisk(this.risks, "Demotion", 4, 4);
		RiskAcceptance pending = this.acceptances.request(RiskOrganization.actor(this.org.po, Role.PRODUCT_OWNER),
				risk.id(), new AcceptanceRequest("Because", null, LocalDate.now().plusDays(30)));
		Cookie session = logIn(this.org.manager);
		this.mvc.perform(get("/approvals").cookie(session)).andExpect(status().isOk());

		change(this.org.manager, List.of("TEAM_MEMBER"), true);

		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").cookie(session)
				.with(csrf())
				.param("version", "0")
				.param("comment", "Approved after the demotion"))
			.andExpect(status().isForbidden());
		assertThat(this.acceptanceRepository.findById(pending.id()).orElseThrow().status())
			.isEqualTo(AcceptanceStatus.PENDING);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorWhoseRoleIsTakenLosesTheAdministrationPagesAtTheNextRequest() throws Exception {
		Cookie session = logIn(this.org.admin);
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());

		change(this.org.admin, List.of("AUDITOR"), true);

		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aDeactivatedAccountsSessionIsLoggedOutAtItsNextRequest() throws Exception {
		Cookie session = logIn(this.org.member);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		change(this.org.member, List.of("TEAM_MEMBER"), false);

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?ended"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPasswordResetEndsTheAccountsOtherSessions() throws Exception {
		Cookie memberSession = logIn(this.org.member);
		Cookie adminSession = logIn(this.org.admin);
		UserAccount member = this.accounts.findByUsername(this.org.member).orElseThrow();

		this.mvc
			.perform(post("/admin/users/" + member.id().value() + "/password").cookie(adminSession)
				.with(csrf())
				.param("password", "another long passphrase 2"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/").cookie(memberSession)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users").cookie(adminSession)).andExpect(status().isOk());
	}

	private Cookie logIn(String username) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the session cookie of %s", username).isNotNull();
		return session;
	}

	private void change(String username, List<String> roles, boolean active) {
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		this.accounts.update(RiskOrganization.actor("admin", Role.ADMIN), account.id(),
				new AccountChange(account.displayName(), roles, active, account.version()));
	}

}
