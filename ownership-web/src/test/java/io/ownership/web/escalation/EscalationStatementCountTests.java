package io.ownership.web.escalation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.escalation.EscalationStore;
import io.ownership.core.escalation.WaitingItem;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages that show open escalations (the home page of the person told, the product
 * page, the team page) and the path editor run as many statements with one escalation as
 * with thirty.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class EscalationStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EscalationStore store;

	@Test
	void pagesWithOpenEscalationsRunAFixedNumberOfStatements() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		escalate(org, 0, 1);
		Map<String, Integer> small = counts(org, "Item 0 " + org.suffix);
		escalate(org, 1, 30);
		Map<String, Integer> large = counts(org, "Item 29 " + org.suffix);

		assertThat(large).isEqualTo(small);
		assertThat(small.values()).allSatisfy((count) -> assertThat(count).isBetween(1, 40));
	}

	/** Opens escalations of the shop, told to the head of security at step 1. */
	private void escalate(EscalationOrganization org, int from, int to) {
		Instant now = Instant.now();
		for (int i = from; i < to; i++) {
			EscalationStore.Open open = this.store.start("acceptance.pending",
					new WaitingItem("count-" + org.suffix + "-" + i, org.shop.id(), null,
							"Item " + i + " " + org.suffix, "/products/" + org.shop.id(), now.minusSeconds(7200)),
					now.minusSeconds(7200), now);
			this.store.notice(open.id(), 0, org.head, now, now, List.of(org.head));
		}
	}

	private Map<String, Integer> counts(EscalationOrganization org, String mustShow) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("home of the person told", count("/", org.head, "SECURITY_MANAGER", mustShow));
		counts.put("product", count("/products/" + org.shop.id(), org.owner, "PRODUCT_OWNER", mustShow));
		counts.put("team", count("/teams/" + org.team.id(), org.owner, "PRODUCT_OWNER", mustShow));
		counts.put("path editor",
				count("/matrices/" + org.useCase + "/escalation", org.manager, "SECURITY_MANAGER", "escalation-form"));
		return counts;
	}

	private int count(String url, String username, String role, String mustShow) throws Exception {
		this.mvc.perform(get(url).with(user(username).roles(role)));
		StatementCounter.reset();
		MvcResult result = this.mvc.perform(get(url).with(user(username).roles(role))).andReturn();
		int statements = StatementCounter.count();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as(url + " shows its rows").contains(mustShow);
		return statements;
	}

}
