package io.ownership.web.maturity;

import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The assessment's pages as a team and a security manager use them, on the real database:
 * start, answer, a stale answer refused with the other's values shown and the typed ones
 * kept, a bad evidence link, submit, send back, accept, and the pages that read it all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MaturityWorkflowWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	ChampionService champions;

	@Autowired
	AssessmentRepository assessments;

	@Autowired
	AuditQuery audit;

	MaturityOrganization org;

	@BeforeEach
	void organization() {
		this.org = new MaturityOrganization(this.accounts, this.catalog, this.champions);
	}

	RequestPostProcessor as(String username) {
		return user(username).roles(this.org.role(username).name());
	}

	AssessmentId start(String period) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/teams/{id}/maturity", this.org.team.id()).with(as(this.org.member))
				.with(csrf())
				.param("period", period))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/maturity/assessments/");
		return new AssessmentId(UUID.fromString(location.substring("/maturity/assessments/".length())));
	}

	@Test
	void aStaleAnswerIsRefusedWithTheOtherAnswerShownAndNothingTypedLost() throws Exception {
		AssessmentId id = start("2031-Q1");
		this.mvc
			.perform(post("/maturity/assessments/{id}/practices/SM", id).with(as(this.org.champion))
				.with(csrf())
				.param("answers[0].activity", "SM-1-A")
				.param("answers[0].level", "HALF")
				.param("answers[0].note", "theirs")
				.param("answers[0].version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/maturity/assessments/{id}/practices/SM", id).with(as(this.org.member))
				.with(csrf())
				.param("answers[0].activity", "SM-1-A")
				.param("answers[0].level", "MOST")
				.param("answers[0].note", "mine, typed with care")
				.param("answers[0].version", "0")
				.param("answers[1].activity", "SM-1-B")
				.param("answers[1].level", "SOME")
				.param("answers[1].note", "also mine")
				.param("answers[1].version", "0"))
			.andExpect(status().isConflict())
			.andExpect(view().name("maturity/assessment"))
			.andExpect(content()
				.string(containsString("Someone else saved answers of this practice while you were editing them")))
			.andExpect(content().string(containsString("value=\"mine, typed with care\"")))
			.andExpect(content().string(containsString("value=\"also mine\"")))
			.andExpect(content().string(containsString(" · theirs")));

		Assessment saved = this.assessments.findById(id).orElseThrow();
		assertThat(saved.answerTo("SM-1-A").note()).isEqualTo("theirs");
		assertThat(saved.answerTo("SM-1-B")).isNull();

		// Saving again applies the typed values over the other's.
		this.mvc
			.perform(post("/maturity/assessments/{id}/practices/SM", id).with(as(this.org.member))
				.with(csrf())
				.param("answers[0].activity", "SM-1-A")
				.param("answers[0].level", "MOST")
				.param("answers[0].note", "mine, typed with care")
				.param("answers[0].version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.findById(id).orElseThrow().answerTo("SM-1-A").level()).isEqualTo(AnswerLevel.MOST);
	}

	@Test
	void aBadEvidenceLinkIsShownNextToItsFieldWithTheTypedValues() throws Exception {
		AssessmentId id = start("2031-Q2");

		this.mvc
			.perform(post("/maturity/assessments/{id}/practices/TA", id).with(as(this.org.member))
				.with(csrf())
				.param("answers[0].activity", "TA-1-A")
				.param("answers[0].level", "MOST")
				.param("answers[0].note", "we have a profile")
				.param("answers[0].evidence", "javascript:alert(1)")
				.param("answers[0].version", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("practiceForm", "answers[0].evidence"))
			.andExpect(content().string(containsString("Evidence is a link starting with https:// or http://")))
			.andExpect(content().string(containsString("value=\"we have a profile\"")));
		assertThat(this.assessments.findById(id).orElseThrow().answerTo("TA-1-A")).isNull();
	}

	@Test
	void theChampionSubmitsTheManagerSendsBackThenAcceptsAndTheHistoryNamesTheTeam() throws Exception {
		AssessmentId id = start("2031-Q3");
		this.mvc
			.perform(post("/maturity/assessments/{id}/submit", id).with(as(this.org.champion))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/maturity/assessments/{id}/send-back", id).with(as(this.org.manager))
				.with(csrf())
				.param("version", "1")
				.param("comment", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say what the team should change")));

		this.mvc
			.perform(post("/maturity/assessments/{id}/send-back", id).with(as(this.org.manager))
				.with(csrf())
				.param("version", "1")
				.param("comment", "Add evidence for Secure Build"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.findById(id).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);

		this.mvc.perform(get("/maturity/assessments/{id}", id).with(as(this.org.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add evidence for Secure Build")));

		this.mvc.perform(
				post("/maturity/assessments/{id}/submit", id).with(as(this.org.po)).with(csrf()).param("version", "2"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/maturity/assessments/{id}/accept", id).with(as(this.org.manager))
				.with(csrf())
				.param("version", "3"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.findById(id).orElseThrow().status()).isEqualTo(AssessmentStatus.ACCEPTED);

		// A second accept is an illegal transition: refused with the rule, not a 500.
		this.mvc
			.perform(post("/maturity/assessments/{id}/accept", id).with(as(this.org.manager))
				.with(csrf())
				.param("version", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only a submitted assessment can be reviewed")));

		assertThat(this.audit.search(AuditFilter.forEntity("Assessment", id), PageRequest.of(0, 20)).content())
			.extracting(AuditRecord::entry)
			.extracting((entry) -> entry.summary())
			.allSatisfy((summary) -> assertThat(summary).contains(this.org.team.name()))
			.hasSize(5);
	}

	@Test
	void theReadingPagesRender() throws Exception {
		AssessmentId earlier = start("2030-Q4");
		AssessmentId later = start("2031-Q4");
		this.mvc.perform(get("/teams/{id}/maturity", this.org.team.id()).with(as(this.org.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2031 Q4")));
		this.mvc.perform(get("/maturity/assessments/{id}", later).with(as(this.org.auditor)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/maturity/compare").param("from", earlier.toString())
				.param("to", later.toString())
				.with(as(this.org.auditor)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/maturity").param("q", this.org.suffix).with(as(this.org.auditor)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/maturity.csv").with(as(this.org.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
		this.mvc.perform(get("/maturity/models").with(as(this.org.manager))).andExpect(status().isOk());
		this.mvc.perform(get("/maturity/targets").with(as(this.org.manager))).andExpect(status().isOk());
		this.mvc.perform(get("/actions/overdue").with(as(this.org.manager))).andExpect(status().isOk());
		this.mvc.perform(get("/teams/{id}", this.org.team.id()).with(as(this.org.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"team-maturity\"")));
		this.mvc.perform(get("/").with(as(this.org.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-actions\"")));
	}

}
