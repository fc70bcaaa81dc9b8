package io.ownership.web.maturity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.action.NewAction;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.maturity.MaturityModelRepository;
import io.ownership.core.maturity.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing endpoint of the maturity assessment and its actions, for every
 * role, on team A by its own people and by team B's: the server allows exactly the people
 * the rules name, refuses everyone else with 403 and changes nothing for them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaturityAuthorizationTests extends MaturityWebTestSupport {

	private static final AtomicInteger YEAR = new AtomicInteger(2100);

	private static final List<String> PEOPLE = List.of("member", "champion", "po", "otherMember", "otherChampion",
			"manager", "auditor", "admin");

	private static final Map<String, Set<String>> ALLOWED = Map.of("start", Set.of("member", "champion", "po"),
			"answer", Set.of("member", "champion", "po"), "submit", Set.of("champion", "po"), "accept",
			Set.of("manager"), "sendBack", Set.of("manager"), "teamTargets", Set.of("manager"), "organizationTargets",
			Set.of("manager"), "loadModel", Set.of("manager"), "openAction",
			Set.of("member", "champion", "po", "manager"), "completeAction",
			Set.of("member", "champion", "po", "manager"));

	@Autowired
	MaturityModelRepository models;

	@Autowired
	ActionRepository actions;

	@BeforeAll
	void organization() {
		newOrganization();
	}

	Stream<Arguments> cases() {
		return ALLOWED.keySet()
			.stream()
			.sorted()
			.flatMap((endpoint) -> PEOPLE.stream()
				.map((who) -> Arguments.of(endpoint, who, ALLOWED.get(endpoint).contains(who))));
	}

	@ParameterizedTest(name = "{0} by {1}: allowed {2}")
	@MethodSource("cases")
	void onlyThePeopleTheRulesNameMayChangeAnything(String endpoint, String who, boolean allowed) throws Exception {
		String username = username(who);
		RequestPostProcessor as = user(username).roles(this.org.role(username).name());
		Period period = new Period(YEAR.incrementAndGet(), 1);
		String team = this.org.team.id().toString();
		ResultActions result;
		switch (endpoint) {
			case "start" -> {
				result = this.mvc.perform(
						post("/teams/{id}/maturity", team).with(as).with(csrf()).param("period", period.toString()));
				assertThat(this.assessments.find(this.org.team.id(), period).isPresent()).isEqualTo(allowed);
			}
			case "answer" -> {
				Assessment draft = draft(period);
				result = this.mvc.perform(post("/maturity/assessments/{id}/practices/SM", draft.id()).with(as)
					.with(csrf())
					.param("answers[0].activity", "SM-1-A")
					.param("answers[0].level", "MOST")
					.param("answers[0].version", "0"));
				assertThat(reload(draft).answerTo("SM-1-A") != null).isEqualTo(allowed);
			}
			case "submit" -> {
				Assessment draft = draft(period);
				result = this.mvc.perform(post("/maturity/assessments/{id}/submit", draft.id()).with(as)
					.with(csrf())
					.param("version", "0"));
				assertThat(reload(draft).status())
					.isEqualTo(allowed ? AssessmentStatus.SUBMITTED : AssessmentStatus.DRAFT);
			}
			case "accept", "sendBack" -> {
				Assessment submitted = submitted(period);
				result = this.mvc
					.perform(post("/maturity/assessments/{id}/" + ("accept".equals(endpoint) ? "accept" : "send-back"),
							submitted.id())
						.with(as)
						.with(csrf())
						.param("version", "1")
						.param("comment", "Reviewed"));
				AssessmentStatus expected = !allowed ? AssessmentStatus.SUBMITTED
						: "accept".equals(endpoint) ? AssessmentStatus.ACCEPTED : AssessmentStatus.DRAFT;
				assertThat(reload(submitted).status()).isEqualTo(expected);
			}
			case "teamTargets" -> result = this.mvc
				.perform(post("/teams/{id}/maturity/targets", team).with(as).with(csrf()).param("targets[TA]", "2"));
			case "organizationTargets" ->
				result = this.mvc.perform(post("/maturity/targets").with(as).with(csrf()).param("targets[SM]", "1.5"));
			case "loadModel" -> {
				// A malformed file: a security manager gets the messages, nobody's model
				// changes.
				MockMultipartFile file = new MockMultipartFile("file", "model.yml", "application/yaml",
						"type: Function\nname: Governance\n".getBytes(StandardCharsets.UTF_8));
				int before = this.models.versions().size();
				result = this.mvc.perform(multipart("/maturity/models").file(file)
					.with(as)
					.with(csrf())
					.param("name", "In-house " + this.org.suffix));
				assertThat(this.models.versions()).hasSize(before);
			}
			case "openAction" -> result = this.mvc.perform(post("/teams/{id}/maturity/actions", team).with(as)
				.with(csrf())
				.param("practice", "TA")
				.param("title", "Threat model the checkout " + period)
				.param("owner", this.org.memberPerson.id().toString())
				.param("dueOn", LocalDate.now().plusDays(30).toString()));
			case "completeAction" -> {
				FollowUpAction action = FollowUpAction.open(
						new NewAction(this.org.team.id(), "Action " + period, this.org.memberPerson.id(),
								LocalDate.now().plusDays(10),
								new ActionSource(ActionSource.Kind.MATURITY_GAP, "TA", "Threat Assessment")),
						"test", LocalDate.now());
				this.actions.save(action);
				result = this.mvc.perform(post("/actions/{id}/done", action.id()).with(as).with(csrf()));
				assertThat(this.actions.findById(action.id()).orElseThrow().status().name())
					.isEqualTo(allowed ? "DONE" : "OPEN");
			}
			default -> throw new IllegalArgumentException(endpoint);
		}
		if (allowed) {
			result.andExpect((mvcResult) -> assertThat(mvcResult.getResponse().getStatus()).isIn(200, 302));
		}
		else {
			result.andExpect(status().isForbidden());
		}
	}

	private String username(String who) {
		return switch (who) {
			case "member" -> this.org.member;
			case "champion" -> this.org.champion;
			case "po" -> this.org.po;
			case "otherMember" -> this.org.otherMember;
			case "otherChampion" -> this.org.otherChampion;
			case "manager" -> this.org.manager;
			case "auditor" -> this.org.auditor;
			default -> this.org.admin;
		};
	}

	private Assessment draft(Period period) {
		Assessment draft = Assessment.start(this.org.team.id(), period, this.models.latest().orElseThrow(), null);
		this.assessments.save(draft);
		return reload(draft);
	}

	private Assessment submitted(Period period) {
		Assessment draft = draft(period);
		draft.submit(this.org.champion, java.time.Instant.now());
		this.assessments.save(draft);
		return reload(draft);
	}

	private Assessment reload(Assessment assessment) {
		return this.assessments.findById(assessment.id()).orElseThrow();
	}

}
