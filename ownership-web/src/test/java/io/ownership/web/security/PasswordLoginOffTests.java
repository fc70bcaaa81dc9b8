package io.ownership.web.security;

import java.util.List;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.NewAccount;
import io.ownership.core.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Password login turned off (single sign-on only): the form is gone and a password is
 * refused, except for the break-glass account, which logs in through
 * {@code /login?local}.
 */
@SpringBootTest(
		properties = { "ownership.login.password-enabled=false", "ownership.login.break-glass-accounts=glass-breaker" })
@AutoConfigureMockMvc
class PasswordLoginOffTests {

	private static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void thePasswordFormIsGoneAndAPasswordIsRefused() throws Exception {
		String name = "nopw-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(Actor.SYSTEM, new NewAccount(name, null, PASSWORD, List.of("TEAM_MEMBER")));

		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("id=\"login-submit\"");
		this.mvc.perform(formLogin("/login").user(name).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void theBreakGlassAccountStillLogsInThroughTheLocalForm() throws Exception {
		if (this.accounts.findByUsername("glass-breaker").isEmpty()) {
			this.accounts.create(Actor.SYSTEM, new NewAccount("glass-breaker", null, PASSWORD, List.of("ADMIN")));
		}

		String page = this.mvc.perform(get("/login?local")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"login-submit\"");
		this.mvc.perform(formLogin("/login").user("glass-breaker").password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("glass-breaker"));
	}

}
