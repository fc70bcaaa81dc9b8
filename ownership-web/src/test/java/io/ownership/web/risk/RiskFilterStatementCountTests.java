package io.ownership.web.risk;

import java.util.Set;

import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filtered approvals inbox, the filtered notifications and the prefilled new-risk
 * form run as many statements with one request waiting as with twenty-one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class RiskFilterStatementCountTests extends RiskWebTestSupport {

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@Autowired
	JdbcTemplate jdbc;

	Actor po;

	@BeforeEach
	void people() {
		this.po = RiskOrganization.actor(this.org.po, Role.PRODUCT_OWNER);
	}

	@Test
	void filteredInboxesAndThePrefilledFormRunAsManyStatementsForTwentyOneRequestsAsForOne() throws Exception {
		String approvals = "/approvals?size=200&age=0&level=HIGH&product=" + this.org.suffix;
		String notifications = "/notifications?size=200&within=30&unread=true";
		String newRisk = "/risks/new?product=" + this.org.shop.id() + "&source=AUDIT&likelihood=4&impact=4";
		try {
			pendingRequests("First", 1);
			int approvalsSmall = count(approvals, "First 0 " + this.org.suffix);
			int notificationsSmall = count(notifications, "First 0 " + this.org.suffix);
			int formSmall = count(newRisk, this.org.shop.name());

			pendingRequests("More", 20);
			assertThat(count(approvals, "More 19 " + this.org.suffix)).isEqualTo(approvalsSmall).isBetween(1, 5);
			assertThat(count(notifications, "More 19 " + this.org.suffix)).isEqualTo(notificationsSmall)
				.isBetween(1, 5);
			assertThat(count(newRisk, this.org.shop.name())).isEqualTo(formSmall).isBetween(1, 8);
		}
		finally {
			this.org.withdrawPendingRequests(this.jdbc, this.acceptances);
		}
	}

	private void pendingRequests(String name, int n) {
		for (int i = 0; i < n; i++) {
			Risk risk = this.risks.register(this.po,
					new NewRisk(this.org.shop.id(),
							new RiskDescription(name + " " + i + " " + this.org.suffix, null, RiskSource.AUDIT, null),
							3, 4, RiskFlags.NONE, Set.of()));
			this.acceptances.request(this.po, risk.id(), new AcceptanceRequest("Waiting " + i, null, null));
		}
	}

	private int count(String url, String mustShow) throws Exception {
		this.mvc
			.perform(
					get(url).header("Cache-Control", "no-cache").with(user(this.org.manager).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk());
		StatementCounter.reset();
		String page = this.mvc
			.perform(
					get(url).header("Cache-Control", "no-cache").with(user(this.org.manager).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int statements = StatementCounter.count();
		assertThat(page).contains(mustShow);
		return statements;
	}

}
