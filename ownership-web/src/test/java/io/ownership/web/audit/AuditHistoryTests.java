package io.ownership.web.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history page reads; nothing in the application changes the history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH" })
	void noRequestChangesTheHistoryEvenFromAnAdministrator(String method) throws Exception {
		long events = count("audit_event");
		long changes = count("audit_change");

		this.mvc
			.perform(request(HttpMethod.valueOf(method), "/audit").with(user("history-admin").roles("ADMIN"))
				.with(csrf())
				.param("id", "1")
				.param("actor", "mallory"))
			.andExpect(status().isMethodNotAllowed());

		assertThat(count("audit_event")).isEqualTo(events);
		assertThat(count("audit_change")).isEqualTo(changes);
	}

	@Test
	void anAuditorReadsTheHistoryWithItsReadOnlyNotice() throws Exception {
		this.mvc.perform(get("/audit").with(user("history-auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The history cannot be changed or deleted, by anyone.")));
	}

	@Test
	void aDateThatIsNotOneIsShownNextToItsFieldWithTheOtherFiltersKept() throws Exception {
		String page = this.mvc
			.perform(get("/audit").param("actor", "someone typed")
				.param("from", "yesterday")
				.param("until", "2026-12-01")
				.with(user("history-auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filterForm", "from"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"from-error\"")
			.contains("Enter a date as YYYY-MM-DD")
			.contains("value=\"yesterday\"")
			.contains("value=\"someone typed\"")
			.contains("value=\"2026-12-01\"")
			.doesNotContain("id=\"until-error\"");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
