package io.ownership.web.risk;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskStatus;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product owner's journeys through the pages, as MockMvc requests on the real
 * database: accept a medium risk alone, request a high one with customer data, a security
 * manager approves it, the register shows it accepted until its date.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class RiskWorkflowWebTests extends RiskWebTestSupport {

	@Autowired
	RiskRepository risks;

	@Autowired
	AcceptanceRepository acceptances;

	@Test
	void theRiskOwnerAcceptsAMediumRiskAloneAndItIsActiveAtOnce() throws Exception {
		UUID id = register("Verbose errors " + this.org.suffix, 2, 3, false);
		this.mvc.perform(get("/risks/" + id).with(as(this.org.po, "PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inside the guardrails")));
		LocalDate until = LocalDate.now().plusDays(90);
		this.mvc
			.perform(post("/risks/" + id + "/acceptances").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("justification", "Internal tool only")
				.param("expiresOn", until.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/risks/" + id));
		RiskAcceptance active = this.acceptances.findActive(new RiskId(id)).orElseThrow();
		assertThat(active.autonomous()).isTrue();
		assertThat(active.expiresOn()).isEqualTo(until);
		assertThat(this.risks.findById(new RiskId(id)).orElseThrow().status()).isEqualTo(RiskStatus.ACCEPTED);
	}

	@Test
	void aHighRiskWithCustomerDataEscalatesAndAManagerApprovesIt() throws Exception {
		UUID id = register("Customer export unencrypted " + this.org.suffix, 3, 4, true);
		LocalDate until = LocalDate.now().plusDays(60);
		this.mvc
			.perform(post("/risks/" + id + "/acceptances/evaluation").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("expiresOn", until.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Outside the guardrails")))
			.andExpect(content().string(containsString("involves customer data")))
			.andExpect(content().string(containsString("Level HIGH is above")));
		this.mvc
			.perform(post("/risks/" + id + "/acceptances/evaluation").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("expiresOn", LocalDate.now().plusDays(91).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 90 days")));
		this.mvc
			.perform(post("/risks/" + id + "/acceptances").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("check", "1")
				.param("expiresOn", until.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Outside the guardrails")));
		assertThat(this.acceptances.findByRisk(new RiskId(id))).as("Check does not request").isEmpty();
		this.mvc
			.perform(post("/risks/" + id + "/acceptances").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("justification", "Migration planned in Q3")
				.param("compensatingControls", "Access logged and reviewed weekly")
				.param("expiresOn", until.toString()))
			.andExpect(status().is3xxRedirection());
		RiskAcceptance pending = this.acceptances.findPending(new RiskId(id)).orElseThrow();
		this.mvc.perform(get("/approvals").with(as(this.org.manager, "SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Customer export unencrypted")))
			.andExpect(content().string(containsString("involves customer data")));
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(as(this.org.manager, "SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "0")
				.param("comment", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.acceptances.findById(pending.id()).orElseThrow().status()).as("a comment is mandatory")
			.isEqualTo(AcceptanceStatus.PENDING);
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(as(this.org.po, "SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "0")
				.param("comment", "mine"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.acceptances.findById(pending.id()).orElseThrow().status()).as("no self-approval")
			.isEqualTo(AcceptanceStatus.PENDING);
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(as(this.org.manager, "SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "0")
				.param("comment", "Compensated by weekly review"))
			.andExpect(status().is3xxRedirection());
		RiskAcceptance approved = this.acceptances.findById(pending.id()).orElseThrow();
		assertThat(approved.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(approved.transitions()).last()
			.satisfies((t) -> assertThat(t.comment()).isEqualTo("Compensated by weekly review"));
		this.mvc
			.perform(get("/risks").param("product", this.org.shop.id().toString())
				.with(as(this.org.member, "TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accepted until " + until)));
		this.mvc
			.perform(post("/approvals/" + pending.id() + "/approve").with(as(this.org.manager2, "SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "1")
				.param("comment", "again"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.acceptances.findById(pending.id()).orElseThrow().approvals()).hasSize(1);
		this.mvc.perform(get("/notifications").with(as(this.org.po, "PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("was approved until " + until)));
	}

	@Test
	void theServerRefusesWhatThePageWouldNotOffer() throws Exception {
		UUID id = register("Weak hashing " + this.org.suffix, 2, 2, false);
		this.mvc
			.perform(post("/risks/" + id + "/acceptances").with(as(this.org.otherPo, "PRODUCT_OWNER"))
				.with(csrf())
				.param("justification", "not mine")
				.param("expiresOn", LocalDate.now().plusDays(10).toString()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/risks/" + id + "/acceptances").with(as(this.org.manager, "SECURITY_MANAGER"))
				.with(csrf())
				.param("justification", "not mine")
				.param("expiresOn", LocalDate.now().plusDays(10).toString()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/approvals").with(as(this.org.po, "PRODUCT_OWNER"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/guardrails").with(as(this.org.po, "PRODUCT_OWNER"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/risks/new").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("product", this.org.other.id().toString())
				.param("title", "Foreign")
				.param("source", "AUDIT")
				.param("likelihood", "1")
				.param("impact", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/risks/" + id + "/acceptances").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("justification", "too long")
				.param("expiresOn", LocalDate.now().plusDays(366).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 365 days")));
		assertThat(this.acceptances.findByRisk(new RiskId(id))).isEmpty();
	}

	@Test
	void anOverLongReferenceIsShownNextToItsFieldWithTheTitleKept() throws Exception {
		String title = "Typed title " + this.org.suffix;
		String html = this.mvc
			.perform(post("/risks/new").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("product", this.org.shop.id().toString())
				.param("title", title)
				.param("source", "VULNERABILITY")
				.param("reference", "R".repeat(301))
				.param("likelihood", "2")
				.param("impact", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"" + title + "\"");
		assertThat(html.substring(html.indexOf("id=\"reference\""))).contains("invalid-feedback");
	}

	@Test
	void whoMayNotMaintainARiskIsRefusedEvenWithAnInvalidEdit() throws Exception {
		UUID id = register("Guarded " + this.org.suffix, 2, 2, false);
		this.mvc.perform(
				post("/risks/" + id + "/edit").with(as(this.org.member, "TEAM_MEMBER")).with(csrf()).param("title", ""))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesRender() throws Exception {
		UUID id = register("Rendered " + this.org.suffix, 5, 5, false);
		this.mvc.perform(get("/risks/" + id).with(as(this.org.manager, "SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recommendation of the security team")));
		this.mvc.perform(get("/risks/new").with(as(this.org.po, "PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"productName\"")));
		this.mvc.perform(get("/risks/" + id + "/edit").with(as(this.org.po, "PRODUCT_OWNER")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/guardrails").with(as(this.org.manager, "SECURITY_MANAGER"))).andExpect(status().isOk());
		this.mvc
			.perform(get("/products/" + this.org.shop.id() + "/guardrails")
				.with(as(this.org.manager, "SECURITY_MANAGER")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/products/" + this.org.shop.id() + "/risks/heatmap").with(as(this.org.member, "TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"data-likelihood=\"5\" data-impact=\"5\" class=\"heat-CRITICAL\"><a class=\"heat-link\"")))
			.andExpect(content().string(containsString("href=\"/risks?product=" + this.org.shop.id()
					+ "&amp;open=true&amp;likelihood=5&amp;impact=5\" title=\"Likelihood 5, impact 5: Critical\">1</a>")));
		this.mvc
			.perform(get("/teams/" + this.org.team.id() + "/risks/heatmap").with(as(this.org.member, "TEAM_MEMBER")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/risks.csv").param("product", this.org.shop.id().toString())
				.with(as(this.org.auditor, "AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(startsWith("id,title,")))
			.andExpect(content().string(containsString("Rendered " + this.org.suffix)));
	}

	@Test
	void theSecurityTeamRecommendsAndTheRiskOwnerDecidesAndPlans() throws Exception {
		UUID id = register("Missing rate limit " + this.org.suffix, 3, 3, false);
		this.mvc
			.perform(post("/risks/" + id + "/recommendation").with(as(this.org.manager, "SECURITY_MANAGER"))
				.with(csrf())
				.param("treatment", "MITIGATE")
				.param("note", "Add a gateway limit")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/risks/" + id + "/decision").with(as(this.org.manager, "SECURITY_MANAGER"))
				.with(csrf())
				.param("treatment", "AVOID")
				.param("version", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/risks/" + id + "/treatment").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("plan", "Gateway limit")
				.param("due", LocalDate.now().minusDays(1).toString())
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The due date cannot be in the past.")));
		this.mvc
			.perform(post("/risks/" + id + "/treatment").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("plan", "Gateway limit")
				.param("due", LocalDate.now().plusDays(20).toString())
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		var risk = this.risks.findById(new RiskId(id)).orElseThrow();
		assertThat(risk.status()).isEqualTo(RiskStatus.IN_TREATMENT);
		assertThat(risk.recommendation()).isEqualTo(io.ownership.core.risk.Treatment.MITIGATE);
		this.mvc
			.perform(post("/risks/" + id + "/decision").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("treatment", "TRANSFER")
				.param("note", "Covered by the provider's contract")
				.param("version", "1"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/risks/" + id + "/decision").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("treatment", "TRANSFER")
				.param("version", "2"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/risks/" + id + "/reopen").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("version", "3"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/risks/" + id + "/close").with(as(this.org.po, "PRODUCT_OWNER"))
				.with(csrf())
				.param("comment", "Fixed")
				.param("version", "4"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.risks.findById(new RiskId(id)).orElseThrow().status()).isEqualTo(RiskStatus.CLOSED);
	}

}
