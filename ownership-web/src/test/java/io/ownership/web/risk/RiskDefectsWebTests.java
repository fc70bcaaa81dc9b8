package io.ownership.web.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.acceptance.PendingApproval;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The defects users found in the risk pages (issue 11): reassessing saves and cannot go
 * around the guardrails, a request sent twice makes one acceptance, every refusal says
 * what happened, the new-risk form takes a prefill and shows the score, the approvals and
 * notifications pages filter, the badge forgets decided requests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RiskDefectsWebTests extends RiskWebTestSupport {

	@Autowired
	RiskRepository risks;

	@Autowired
	AcceptanceRepository acceptances;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	private MvcResult request(UUID risk, int days, Long riskVersion) throws Exception {
		var post = post("/risks/" + risk + "/acceptances").with(po())
			.with(csrf())
			.param("justification", "Internal only")
			.param("expiresOn", LocalDate.now().plusDays(days).toString());
		if (riskVersion != null) {
			post.param("riskVersion", String.valueOf(riskVersion));
		}
		return this.mvc.perform(post).andReturn();
	}

	private long version(UUID risk) {
		return this.risks.findById(new RiskId(risk)).orElseThrow().version();
	}

	private void reassess(UUID risk, int likelihood, int impact, String reason) throws Exception {
		this.mvc
			.perform(post("/risks/" + risk + "/edit").with(po())
				.with(csrf())
				.param("title", "Reassessed " + this.org.suffix)
				.param("source", "VULNERABILITY")
				.param("likelihood", String.valueOf(likelihood))
				.param("impact", String.valueOf(impact))
				.param("reason", (reason == null) ? "" : reason)
				.param("version", String.valueOf(version(risk))))
			.andExpect(status().is3xxRedirection());
	}

	private int coveringAcceptances(UUID risk) {
		// The contract of docs/risk.md that the gate and the dashboards rely on.
		return this.jdbc.queryForObject("""
				select count(*) from risk_acceptance where risk_id = ? and status = 'ACTIVE'
				  and marked_for_review = false and expires_on >= current_date
				""", Integer.class, risk);
	}

	@Test
	void theEditPageSavesAReassessmentWithoutAProductField() throws Exception {
		UUID id = register("Reassess me " + this.org.suffix, 2, 2, false);
		reassess(id, 4, 4, null);
		assertThat(this.risks.findById(new RiskId(id)).orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void loweringALevelWithoutAReasonIsRefusedNextToTheReasonAndWithOneIsInTheHistoryAndToldToManagers()
			throws Exception {
		UUID id = register("Lowered " + this.org.suffix, 5, 5, false);
		String html = this.mvc
			.perform(post("/risks/" + id + "/edit").with(po())
				.with(csrf())
				.param("title", "Lowered " + this.org.suffix)
				.param("source", "VULNERABILITY")
				.param("likelihood", "1")
				.param("impact", "1")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.substring(html.indexOf("id=\"reason\""))).contains("Say why the level goes down");
		assertThat(this.risks.findById(new RiskId(id)).orElseThrow().level()).isEqualTo(RiskLevel.CRITICAL);
		reassess(id, 1, 1, "Behind the admin VPN only");
		this.mvc.perform(get("/risks/" + id).with(manager()))
			.andExpect(content().string(containsString("level lowered from Critical to Low")))
			.andExpect(content().string(containsString("Behind the admin VPN only")));
		this.mvc.perform(get("/notifications").with(manager()))
			.andExpect(content().string(containsString("was lowered from Critical to Low by " + this.org.po)));
	}

	@Test
	void anAcceptanceDecidedAloneOnALowerLevelStopsCountingAsCoverWhenTheRiskRises() throws Exception {
		UUID id = register("Bypass " + this.org.suffix, 2, 2, false);
		request(id, 365, version(id));
		assertThat(coveringAcceptances(id)).isOne();
		reassess(id, 5, 5, null);

		assertThat(coveringAcceptances(id)).isZero();
		assertThat(this.risks.findById(new RiskId(id)).orElseThrow().status()).isEqualTo(RiskStatus.OPEN);
		RiskAcceptance active = this.acceptances.findActive(new RiskId(id)).orElseThrow();
		assertThat(active.expiresOn()).isEqualTo(LocalDate.now().plusDays(30));
		this.mvc.perform(get("/risks").param("product", this.org.shop.id().toString()).with(manager()))
			.andExpect(content().string(containsString("Acceptance needs a new decision")))
			.andExpect(content().string(not(containsString("Accepted until"))));
		this.mvc
			.perform(get("/risks").param("product", this.org.shop.id().toString())
				.param("status", "ACCEPTED")
				.with(manager()))
			.andExpect(content().string(not(containsString("Reassessed " + this.org.suffix))));
		this.mvc.perform(get("/risks/" + id).with(po()))
			.andExpect(content().string(containsString("id=\"needs-decision\"")))
			.andExpect(content().string(containsString("href=\"#request-acceptance\"")))
			.andExpect(content().string(containsString("id=\"acceptance-form\"")));
		this.mvc.perform(get("/risks.csv").param("product", this.org.shop.id().toString()).with(manager()))
			.andExpect(content().string(not(containsString(LocalDate.now().plusDays(30).toString()))))
			.andExpect(content().string(containsString(",true\r\n")));
		this.mvc.perform(get("/teams/" + this.org.team.id()).with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(content().string(containsString("Reassessed " + this.org.suffix)));

		// A new request is possible, and supersedes it when decided.
		request(id, 20, version(id));
		RiskAcceptance pending = this.acceptances.findPending(new RiskId(id)).orElseThrow();
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(manager())
				.with(csrf())
				.param("version", "0")
				.param("comment", "First"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve")
				.with(user(this.org.manager2).roles("SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "1")
				.param("comment", "Second"))
			.andExpect(status().is3xxRedirection());
		assertThat(coveringAcceptances(id)).isOne();
		assertThat(this.acceptances.findById(active.id()).orElseThrow().status())
			.isEqualTo(AcceptanceStatus.SUPERSEDED);
	}

	@Test
	void theSameRequestSentTwiceMakesOneAcceptanceAndSaysSo() throws Exception {
		UUID id = register("Double click " + this.org.suffix, 2, 2, false);
		long shown = version(id);
		MvcResult first = request(id, 90, shown);
		MvcResult second = request(id, 90, shown);
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(second.getResponse().getStatus()).isEqualTo(302);
		assertThat((String) second.getFlashMap().get("refusal")).contains("already sent");
		assertThat(this.acceptances.findByRisk(new RiskId(id))).hasSize(1);
	}

	@Test
	void twoConcurrentRequestsMakeOneAcceptanceAndNeitherIsAServerError() throws Exception {
		UUID id = register("Concurrent " + this.org.suffix, 2, 2, false);
		long shown = version(id);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> call = () -> {
					start.await();
					return request(id, 90, shown).getResponse().getStatus();
				};
				answers.add(pool.submit(call));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isIn(302, 409);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.acceptances.findByRisk(new RiskId(id))).hasSize(1);
	}

	@Test
	void refusalsSayWhatHappenedAndWhatToDo() throws Exception {
		UUID id = register("Refusals " + this.org.suffix, 3, 4, true);
		request(id, 30, version(id));
		RiskAcceptance pending = this.acceptances.findPending(new RiskId(id)).orElseThrow();

		// A second request while one waits.
		MvcResult duplicate = request(id, 20, null);
		assertThat((String) duplicate.getFlashMap().get("refusal")).contains("already waiting for approval");

		// Revoking a request that is still pending.
		this.mvc
			.perform(post("/acceptances/" + pending.id() + "/revoke").with(manager())
				.with(csrf())
				.param("comment", "No")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("rejected on the approvals page instead")));

		// Approving a request its requester withdrew.
		this.mvc
			.perform(post("/acceptances/" + pending.id() + "/withdraw").with(po()).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(manager())
				.with(csrf())
				.param("version", "0")
				.param("comment", "ok"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("approvalError", containsString("it is Withdrawn")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/approvals").with(manager()).cookie(session))
			.andExpect(content().string(containsString("id=\"approval-refused\"")))
			.andExpect(content().string(containsString("it is Withdrawn")));
	}

	@Test
	void closingARiskTakesItsPendingRequestOutOfTheApprovalsQueue() throws Exception {
		UUID id = register("Closed while pending " + this.org.suffix, 3, 4, true);
		request(id, 30, version(id));
		RiskAcceptance pending = this.acceptances.findPending(new RiskId(id)).orElseThrow();
		this.mvc.perform(get("/approvals").with(manager()))
			.andExpect(content().string(containsString("Closed while pending " + this.org.suffix)));
		this.mvc
			.perform(post("/risks/" + id + "/close").with(po())
				.with(csrf())
				.param("comment", "Fixed")
				.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.acceptances.findById(pending.id()).orElseThrow().status())
			.isEqualTo(AcceptanceStatus.WITHDRAWN);
		this.mvc.perform(get("/approvals").with(manager()))
			.andExpect(content().string(not(containsString("Closed while pending " + this.org.suffix))));
	}

	@Test
	void theManagersApprovalNotificationsStopCountingOnceTheRequestIsDecided() throws Exception {
		UUID id = register("Badge " + this.org.suffix, 3, 4, true);
		request(id, 30, version(id));
		RiskAcceptance pending = this.acceptances.findPending(new RiskId(id)).orElseThrow();
		String unread = """
				select count(*) from notification n join user_account a on a.id = n.recipient_id
				where a.username = ? and n.read_at is null and n.link = ?
				""";
		String link = PendingApproval.link(pending.id());
		assertThat(this.jdbc.queryForObject(unread, Integer.class, this.org.manager2, link)).isOne();
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(manager())
				.with(csrf())
				.param("version", "0")
				.param("comment", "Weekly review compensates"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(unread, Integer.class, this.org.manager2, link)).isZero();
		this.mvc.perform(get("/notifications").with(po()))
			.andExpect(content().string(containsString("by " + this.org.manager + ": Weekly review compensates")));
	}

	@Test
	void theNewRiskFormTakesAPrefillHasOneProductChoiceAndShowsTheScore() throws Exception {
		String html = this.mvc
			.perform(get("/risks/new").with(po())
				.param("product", this.org.shop.id().toString())
				.param("source", "VULNERABILITY")
				.param("reference", "CVE-2026-4242")
				.param("title", "Prefilled " + this.org.suffix)
				.param("description", "Found by the scanner")
				.param("likelihood", "4")
				.param("impact", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"CVE-2026-4242\"", "value=\"Prefilled " + this.org.suffix + "\"",
				"Found by the scanner", "likelihood 4 × impact 5 = 20", "risk-level-CRITICAL");
		assertThat(html).as("one product field, holding the prefilled product's name")
			.contains("name=\"productName\" value=\"" + this.org.shop.name() + "\"")
			.doesNotContain("<option value=\"" + this.org.other.id() + "\"");
		assertThat(html.split("name=\"productName\"", -1)).hasSize(2);
		assertThat(html).contains("id=\"affectedName\"").contains("hx-get=\"/risks/affected-products\"");

		this.mvc.perform(get("/risks/new").with(po()).param("likelihood", "many").param("source", "RUMOUR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a likelihood from 1 to 5.")))
			.andExpect(content().string(containsString("Choose a source from the list.")));
		this.mvc
			.perform(post("/risks/new").with(po())
				.with(csrf())
				.param("product", this.org.shop.id().toString())
				.param("title", "No source " + this.org.suffix)
				.param("likelihood", "2")
				.param("impact", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose where the risk comes from.")))
			.andExpect(content().string(not(containsString("must not be null"))));
		this.mvc
			.perform(post("/risks/new").with(po())
				.with(csrf())
				.param("product", this.org.shop.id().toString())
				.param("title", "Self " + this.org.suffix)
				.param("source", "AUDIT")
				.param("likelihood", "2")
				.param("impact", "2")
				.param("affectedProducts", this.org.shop.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Other products are products other than this one.")));
	}

	@Test
	void theScoreAndTheProductsAssetsComeAsFragments() throws Exception {
		this.mvc.perform(get("/risks/preview").with(po()).param("likelihood", "3").param("impact", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("likelihood 3 × impact 4 = 12")))
			.andExpect(content().string(containsString("risk-level-HIGH")));
		this.mvc.perform(get("/risks/preview").with(po()).param("likelihood", "9").param("impact", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a likelihood and an impact from 1 to 5")));
		this.mvc
			.perform(get("/risks/new/product-fields").with(po())
				.param("productName", this.org.shop.name())
				.param("affectedProducts", this.org.other.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"product-fields\"")))
			.andExpect(content().string(containsString(">" + this.org.other.name() + "</label>")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void renewalIsOfferedOnlyNearTheExpiryOrWhenANewDecisionIsNeeded() throws Exception {
		UUID id = register("Renew " + this.org.suffix, 2, 2, false);
		request(id, 100, version(id));
		this.mvc.perform(get("/risks/" + id).with(po()))
			.andExpect(content().string(not(containsString("id=\"acceptance-form\""))));
		UUID soon = register("Renew soon " + this.org.suffix, 2, 2, false);
		request(soon, 10, version(soon));
		this.mvc.perform(get("/risks/" + soon).with(po()))
			.andExpect(content().string(containsString("id=\"acceptance-form\"")));
	}

	@Test
	void theApprovalsAndNotificationsFilterAndRefuseBadValuesNextToTheirField() throws Exception {
		UUID id = register("Filtered " + this.org.suffix, 3, 4, true);
		request(id, 30, version(id));
		this.mvc.perform(get("/approvals").with(manager()).param("level", "HIGH").param("product", this.org.suffix))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filtered " + this.org.suffix)));
		this.mvc.perform(get("/approvals").with(manager()).param("level", "LOW").param("product", this.org.suffix))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Filtered " + this.org.suffix))));
		this.mvc.perform(get("/approvals").with(manager()).param("age", "1").param("product", this.org.suffix))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Filtered " + this.org.suffix))));
		this.mvc.perform(get("/approvals").with(manager()).param("age", "old").param("level", "HUGE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number of days, such as 7.")))
			.andExpect(content().string(containsString("Choose a level from the list.")));
		this.mvc.perform(get("/notifications").with(manager()).param("within", "1").param("unread", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filtered " + this.org.suffix)));
		this.mvc.perform(get("/notifications").with(manager()).param("within", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter 1 day or more.")));
		this.mvc.perform(get("/notifications").with(manager()).param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"notifications-filter\"")))
			.andExpect(content().string(containsString("The page cannot be negative.")));
	}

	@Test
	void theApprovalsPageSaysABadPageOrSizeOnThePageNotOnTheGenericErrorPage() throws Exception {
		this.mvc.perform(get("/approvals").with(manager()).param("page", "two").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"approvals-filter\"")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")))
			.andExpect(content().string(containsString("A page shows 1 to 200 rows.")));
		this.mvc.perform(get("/approvals").with(manager()).param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The page cannot be negative.")));
		this.mvc.perform(get("/approvals").with(manager()).param("page", "0").param("size", "10"))
			.andExpect(status().isOk());
	}

	@Test
	void theRiskHistorysNextLinkShowsTheNextEntriesAndABadPageIsSaidAboveTheHistory() throws Exception {
		UUID id = register("Long history " + this.org.suffix, 2, 2, false);
		Instant start = Instant.parse("2020-01-01T00:00:00Z");
		for (int i = 0; i < RiskPages.HISTORY_SIZE + 5; i++) {
			this.audit.record(AuditEntry.of(start.plusSeconds(i), this.org.po, "risk.commented")
				.entity("Risk", new RiskId(id))
				.summary("Old entry " + i)
				.build());
		}
		this.mvc.perform(get("/risks/" + id).with(po()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("href=\"/risks/" + id + "?page=1\"")))
			.andExpect(content().string(not(containsString("Old entry 0<"))));
		this.mvc.perform(get("/risks/" + id).with(po()).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("Old entry 0<")))
			.andExpect(content().string(not(containsString("Long history " + this.org.suffix + " registered"))));
		this.mvc.perform(get("/risks/" + id).with(po()).param("page", "two"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"paging-errors\"")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")))
			.andExpect(content().string(containsString("Page 1 of 2")));
	}

	@Test
	void theProductAndGuardrailsPagesLinkTheProductGuardrails() throws Exception {
		this.mvc.perform(get("/products/" + this.org.shop.id()).with(manager()))
			.andExpect(content().string(containsString("/products/" + this.org.shop.id() + "/guardrails")));
		this.mvc
			.perform(post("/products/" + this.org.shop.id() + "/guardrails").with(manager())
				.with(csrf())
				.param("maxDaysLow", "100"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/guardrails").with(manager()))
			.andExpect(content().string(containsString("/products/" + this.org.shop.id() + "/guardrails")));
	}

}
