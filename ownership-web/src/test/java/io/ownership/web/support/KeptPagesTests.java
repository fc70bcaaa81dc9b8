package io.ownership.web.support;

import java.util.UUID;

import org.junit.jupiter.api.Test;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user("kept-viewer").roles("TEAM_MEMBER"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
