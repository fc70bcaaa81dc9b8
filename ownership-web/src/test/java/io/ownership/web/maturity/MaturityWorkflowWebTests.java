package io.ownership.web.maturity;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
class MaturityWorkflowWebTests extends MaturityWebTestSupport {

	@Autowired
	AuditQuery audit;

	@BeforeEach
	void organization() {
		newOrganization();
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

	/** One answer of a practice's form, as posted. */
	record Row(String activity, String level, String note, String evidence, long version) {

		Row(String activity, String level, String note, long version) {
			this(activity, level, note, null, version);
		}

	}

	ResultActions answer(AssessmentId id, String practice, String user, Row... rows) throws Exception {
		MockHttpServletRequestBuilder request = post("/maturity/assessments/{id}/practices/" + practice, id)
			.with(as(user))
			.with(csrf());
		for (int i = 0; i < rows.length; i++) {
			request.param("answers[" + i + "].activity", rows[i].activity())
				.param("answers[" + i + "].level", rows[i].level())
				.param("answers[" + i + "].note", rows[i].note())
				.param("answers[" + i + "].version", String.valueOf(rows[i].version()));
			if (rows[i].evidence() != null) {
				request.param("answers[" + i + "].evidence", rows[i].evidence());
			}
		}
		return this.mvc.perform(request);
	}

	ResultActions step(AssessmentId id, String step, String user, long version, String comment) throws Exception {
		MockHttpServletRequestBuilder request = post("/maturity/assessments/{id}/" + step, id).with(as(user))
			.with(csrf())
			.param("version", String.valueOf(version));
		if (comment != null) {
			request.param("comment", comment);
		}
		return this.mvc.perform(request);
	}

	@Test
	void aStaleAnswerIsRefusedWithTheOtherAnswerShownAndNothingTypedLost() throws Exception {
		AssessmentId id = start("2031-Q1");
		answer(id, "SM", this.org.champion, new Row("SM-1-A", "HALF", "theirs", 0))
			.andExpect(status().is3xxRedirection());

		answer(id, "SM", this.org.member, new Row("SM-1-A", "MOST", "mine, typed with care", 0),
				new Row("SM-1-B", "SOME", "also mine", 0))
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
		answer(id, "SM", this.org.member, new Row("SM-1-A", "MOST", "mine, typed with care", 1))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.findById(id).orElseThrow().answerTo("SM-1-A").level()).isEqualTo(AnswerLevel.MOST);
	}

	@Test
	void aBadEvidenceLinkIsShownNextToItsFieldWithTheTypedValues() throws Exception {
		AssessmentId id = start("2031-Q2");

		answer(id, "TA", this.org.member, new Row("TA-1-A", "MOST", "we have a profile", "javascript:alert(1)", 0))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("practiceForm", "answers[0].evidence"))
			.andExpect(content().string(containsString("Evidence is a link starting with https:// or http://")))
			.andExpect(content().string(containsString("value=\"we have a profile\"")));
		assertThat(this.assessments.findById(id).orElseThrow().answerTo("TA-1-A")).isNull();
	}

	@Test
	void theChampionSubmitsTheManagerSendsBackThenAcceptsAndTheHistoryNamesTheTeam() throws Exception {
		AssessmentId id = start("2031-Q3");
		step(id, "submit", this.org.champion, 0, null).andExpect(status().is3xxRedirection());

		step(id, "send-back", this.org.manager, 1, "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say what the team should change")));

		step(id, "send-back", this.org.manager, 1, "Add evidence for Secure Build")
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.findById(id).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);

		this.mvc.perform(get("/maturity/assessments/{id}", id).with(as(this.org.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add evidence for Secure Build")));

		step(id, "submit", this.org.po, 2, null).andExpect(status().is3xxRedirection());
		step(id, "accept", this.org.manager, 3, null).andExpect(status().is3xxRedirection());
		assertThat(this.assessments.findById(id).orElseThrow().status()).isEqualTo(AssessmentStatus.ACCEPTED);

		// A second accept is an illegal transition: refused with the rule, not a 500.
		step(id, "accept", this.org.manager, 4, null).andExpect(status().isBadRequest())
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

	@Test
	void everyMaturityPagesModelIsOneRecordBesideItsForms() throws Exception {
		AssessmentId earlier = start("2030-Q3");
		AssessmentId later = start("2031-Q3");
		String manager = this.org.manager;

		assertThat(modelOf(get("/teams/{id}/maturity", this.org.team.id()), manager)).containsOnly("page", "startForm",
				"targetsForm", "actionForm");
		assertThat(modelOf(get("/maturity/assessments/{id}", later), manager)).containsOnly("page", "reviewForm");
		assertThat(modelOf(get("/maturity/compare").param("from", earlier.toString()).param("to", later.toString()),
				manager))
			.containsOnly("page");
		assertThat(modelOf(get("/maturity").param("q", this.org.suffix), manager)).containsOnly("page", "filter");
		assertThat(modelOf(get("/maturity/targets"), manager)).containsOnly("page", "targetsForm");
		assertThat(modelOf(get("/maturity/models"), manager)).containsOnly("page", "form");
	}

	/**
	 * The names of the page's model attributes, without binding results, what every page
	 * has (the navigation's links and unread count) and the view a kept page is rendered
	 * with (web.support.KeptPageView).
	 */
	private Set<String> modelOf(MockHttpServletRequestBuilder request, String user) throws Exception {
		Map<String, Object> model = this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		Set<String> names = new TreeSet<>(model.keySet());
		names
			.removeIf((name) -> name.startsWith("org.springframework.validation.BindingResult.") || name.equals("links")
					|| name.equals("unreadNotifications") || name.startsWith("io.ownership.web.support.KeptPageView."));
		return names;
	}

	@Test
	void aMalformedModelFileIsRefusedWithOneLinePerEntryAndTheNameKept() throws Exception {
		byte[] broken;
		try (var in = new org.springframework.core.io.ClassPathResource("maturity/malformed-model.yml")
			.getInputStream()) {
			broken = in.readAllBytes();
		}

		this.mvc
			.perform(multipart("/maturity/models")
				.file(new MockMultipartFile("file", "malformed-model.yml", "application/yaml", broken))
				.param("name", "Broken " + this.org.suffix)
				.with(as(this.org.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("maturity/models"))
			.andExpect(content().string(containsString("The model was not loaded: 3 entries are malformed.")))
			.andExpect(content().string(containsString("id=\"model-problems\"")))
			.andExpect(content().string(containsString("line 7: Practice Strategy &amp; Metrics has no shortName")))
			.andExpect(content().string(containsString("value=\"Broken " + this.org.suffix + "\"")));
	}

	@Test
	void aModelWithoutAFileIsRefusedAtTheTopOfTheForm() throws Exception {
		this.mvc
			.perform(multipart("/maturity/models").param("name", "No file " + this.org.suffix)
				.with(as(this.org.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("value=\"No file " + this.org.suffix + "\"")));
	}

}
