package io.ownership.web.security;

import java.util.List;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.NewAccount;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in through the form: what a failed login tells (nothing about the account), and
 * the lock after repeated failures. Each test makes its own accounts, because failures
 * count per account and the database is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginTests {

	private static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditQuery history;

	@Test
	void aCorrectPasswordLogsInAndIsRecorded() throws Exception {
		String name = newAccount();

		this.mvc.perform(formLogin("/login").user(name).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(name));

		assertThat(actions(name)).containsExactly("login.succeeded");
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswerAndTheSamePage() throws Exception {
		String existing = newAccount();
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

		String existingPage = failedLoginPage(existing);
		String unknownPage = failedLoginPage(unknown);

		assertThat(existingPage).contains("id=\"login-error\"").isEqualTo(unknownPage);
		assertThat(actions(existing)).containsExactly("login.failed");
		assertThat(actions(unknown)).containsExactly("login.failed");
	}

	@Test
	void fiveFailedLoginsLockTheAccountAgainstTheCorrectPasswordAndTheHistoryShowsTheLock() throws Exception {
		String name = newAccount();

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(name).password("wrong password " + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(name).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());

		List<AuditRecord> records = records(name);
		assertThat(records).hasSize(6)
			.allSatisfy((record) -> assertThat(record.entry().action()).isEqualTo("login.failed"));
		assertThat(records).filteredOn((record) -> record.entry().summary().contains("locked until")).hasSize(1);
		assertThat(this.accounts.findByUsername(name).orElseThrow().lockedUntil()).isNotNull();
	}

	private String failedLoginPage(String username) throws Exception {
		MvcResult failure = this.mvc.perform(formLogin("/login").user(username).password("not the password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated())
			.andReturn();
		MockHttpSession session = (MockHttpSession) failure.getRequest().getSession();
		String page = this.mvc.perform(get("/login?error").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page.replaceAll("(name=\"_csrf\" value=|name=\"csrf-token\" content=)\"[^\"]*\"", "$1\"\"");
	}

	private String newAccount() {
		String name = "login-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(Actor.SYSTEM, new NewAccount(name, null, PASSWORD, List.of("TEAM_MEMBER")));
		return name;
	}

	private List<AuditRecord> records(String actor) {
		return this.history.search(new AuditFilter(actor, null, null, null, null), PageRequest.of(0, 50)).content();
	}

	private List<String> actions(String actor) {
		return records(actor).stream().map((record) -> record.entry().action()).toList();
	}

}
