package io.ownership.web.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard, the team scorecards, a team's page and the home page of each role run as
 * many SQL statements on a small organization as on one with five times more teams,
 * products, risks and acceptances: one projection per group of KPIs, never one per team
 * or product. Each page is requested once before it is counted, so that figures kept in
 * memory until their data changes (training, the organization's board) are not counted
 * against one dataset only; the dashboard is also counted after a change, when its board
 * is counted again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class DashboardStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesRunTheSameStatementsWhateverTheSizeOfTheOrganization() throws Exception {
		KpiDataset first = new KpiDataset(this.jdbc);
		// the risk owner's home reads their work and their products' gate state
		UUID account = UUID.randomUUID();
		this.jdbc.update(
				"insert into user_account (id, username, display_name, password_hash, active, created_at)"
						+ " values (?, ?, 'Count owner', 'x', true, ?)",
				account, "count-ro-" + first.suffix, Timestamp.from(Instant.now()));
		this.jdbc.update("update person set account_id = ? where id = ?", account, first.owner);
		Map<String, Integer> small = counts(first);
		for (int i = 0; i < 4; i++) {
			new KpiDataset(this.jdbc);
		}
		Map<String, Integer> larger = counts(first);

		assertThat(larger).isEqualTo(small);
		assertThat(small.get("dashboard")).as("the board is kept until its data changes")
			.isLessThan(small.get("dashboard after a change"));
		assertThat(small.values()).allSatisfy((statements) -> assertThat(statements).isBetween(1, 30));
	}

	private Map<String, Integer> counts(KpiDataset data) throws Exception {
		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("dashboard", get("/dashboard").with(user("count-mgr").roles("SECURITY_MANAGER")));
		pages.put("scorecards",
				get("/dashboard/teams").param("sort", "OPEN_RISKS").with(user("count-mgr").roles("SECURITY_MANAGER")));
		pages.put("team", get("/teams/" + data.team).with(user("count-dev").roles("TEAM_MEMBER")));
		pages.put("home manager", get("/").with(user("count-mgr").roles("SECURITY_MANAGER")));
		pages.put("home owner", get("/").with(user("count-po").roles("PRODUCT_OWNER")));
		pages.put("home risk owner", get("/").with(user("count-ro-" + data.suffix).roles("PRODUCT_OWNER")));
		pages.put("gate failing by team",
				get("/gate").param("team", data.team.toString()).with(user("count-mgr").roles("SECURITY_MANAGER")));
		pages.put("home member", get("/").with(user("count-dev").roles("TEAM_MEMBER")));
		pages.put("home auditor", get("/").with(user("count-aud").roles("AUDITOR")));
		pages.put("home admin", get("/").with(user("count-adm").roles("ADMIN")));
		Map<String, Integer> counts = new LinkedHashMap<>();
		// pages kept whole (KeptPages) are asked afresh, as on a reload, to count their
		// own work
		pages.values().forEach((request) -> request.header("Cache-Control", "no-cache"));
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
			this.mvc.perform(page.getValue()).andExpect(status().isOk());
			StatementCounter.reset();
			this.mvc.perform(page.getValue()).andExpect(status().isOk());
			counts.put(page.getKey(), StatementCounter.count());
		}
		// a change to any table makes the next view count the organization's board again
		this.jdbc.update("update team set name = name where false");
		StatementCounter.reset();
		this.mvc.perform(pages.get("dashboard")).andExpect(status().isOk());
		counts.put("dashboard after a change", StatementCounter.count());
		return counts;
	}

}
