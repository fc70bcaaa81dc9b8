package io.ownership.web.improvement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.ActionStatus;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.action.NewAction;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.review.ReviewService;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionFilter;
import io.ownership.core.suggestion.SuggestionQuery;
import io.ownership.core.suggestion.SuggestionRepository;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.core.suggestion.SuggestionStatus;
import io.ownership.core.suggestion.SuggestionTopic;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing endpoint of actions, reviews and suggestions (and the suggestion's
 * page), for every role, on team A's objects by its own people and by team B's: the
 * server allows exactly the people the rules name, refuses everyone else with 403 and
 * changes nothing for them. Actions: opening is for the team's people and security
 * managers; done and reopen for the owner, the team's people and security managers; edit
 * and cancel for the owner, the team's product owners and security managers. Suggestions:
 * anyone submits, the submitter, security managers and auditors see one, security
 * managers decide.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImprovementAuthorizationTests extends MockMvcTestSupport {

	private static final Set<String> TEAM_PEOPLE = Set.of("owner", "champion", "po", "manager");

	private static final Set<String> MANAGERS_OF_ACTION = Set.of("owner", "po", "manager");

	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("recordReview", TEAM_PEOPLE),
			Map.entry("openAction", TEAM_PEOPLE), Map.entry("doneAction", TEAM_PEOPLE),
			Map.entry("reopenAction", TEAM_PEOPLE), Map.entry("editAction", MANAGERS_OF_ACTION),
			Map.entry("editActionPage", MANAGERS_OF_ACTION), Map.entry("cancelAction", MANAGERS_OF_ACTION),
			Map.entry("submitSuggestion", Set.copyOf(ImprovementOrganization.PEOPLE)),
			Map.entry("viewSuggestion", Set.of("owner", "manager", "auditor")),
			Map.entry("acceptSuggestion", Set.of("manager")), Map.entry("declineSuggestion", Set.of("manager")),
			Map.entry("doneSuggestion", Set.of("manager")));

	@Autowired
	ChampionService champions;

	@Autowired
	ActionRepository actions;

	@Autowired
	ActionQuery actionQuery;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewQuery reviewQuery;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	SuggestionRepository suggestionRepository;

	@Autowired
	SuggestionQuery suggestionQuery;

	ImprovementOrganization org;

	Review review;

	@BeforeAll
	void organization() {
		this.org = new ImprovementOrganization(this.accounts, this.catalog, this.champions);
		this.review = this.reviews.record(this.org.actor("manager"), new NewReview(this.org.team.id(),
				ReviewKind.RETROSPECTIVE, LocalDate.now(), Set.of(this.org.owner.id()), "Notes"));
	}

	Stream<Arguments> cases() {
		return ALLOWED.keySet()
			.stream()
			.sorted()
			.flatMap((endpoint) -> ImprovementOrganization.PEOPLE.stream()
				.map((who) -> Arguments.of(endpoint, who, ALLOWED.get(endpoint).contains(who))));
	}

	@ParameterizedTest(name = "{0} by {1}: allowed {2}")
	@MethodSource("cases")
	void onlyThePeopleTheRulesNameMayChangeAnything(String endpoint, String who, boolean allowed) throws Exception {
		RequestPostProcessor as = this.org.as(who);
		String title = endpoint + " by " + who + " " + this.org.suffix;
		ResultActions result;
		switch (endpoint) {
			case "recordReview" -> {
				result = this.mvc.perform(post("/teams/{id}/reviews", this.org.team.id()).with(as)
					.with(csrf())
					.param("kind", "SECURITY_REVIEW")
					.param("heldOn", LocalDate.now().toString())
					.param("participants", this.org.owner.id().toString())
					.param("notes", title));
				assertThat(
						this.reviewQuery.ofTeam(this.org.team.id()).stream().anyMatch((r) -> title.equals(r.notes())))
					.isEqualTo(allowed);
			}
			case "openAction" -> {
				result = this.mvc.perform(post("/reviews/{id}/actions", this.review.id()).with(as)
					.with(csrf())
					.param("title", title)
					.param("owner", this.org.owner.id().toString())
					.param("dueOn", LocalDate.now().plusDays(30).toString()));
				assertThat(this.actionQuery
					.ofSource(ActionSource.Kind.REVIEW, this.review.id().toString(), LocalDate.now())
					.stream()
					.anyMatch((a) -> title.equals(a.title()))).isEqualTo(allowed);
			}
			case "doneAction" -> {
				FollowUpAction action = action(title);
				result = this.mvc.perform(post("/actions/{id}/done", action.id()).with(as).with(csrf()));
				assertThat(statusOf(action)).isEqualTo(allowed ? ActionStatus.DONE : ActionStatus.OPEN);
			}
			case "reopenAction" -> {
				FollowUpAction action = action(title);
				action.complete(LocalDate.now());
				this.actions.save(action);
				result = this.mvc.perform(post("/actions/{id}/reopen", action.id()).with(as).with(csrf()));
				assertThat(statusOf(action)).isEqualTo(allowed ? ActionStatus.OPEN : ActionStatus.DONE);
			}
			case "cancelAction" -> {
				FollowUpAction action = action(title);
				result = this.mvc.perform(post("/actions/{id}/cancel", action.id()).with(as).with(csrf()));
				assertThat(statusOf(action)).isEqualTo(allowed ? ActionStatus.CANCELLED : ActionStatus.OPEN);
			}
			case "editAction" -> {
				FollowUpAction action = action(title);
				result = this.mvc.perform(post("/actions/{id}/edit", action.id()).with(as)
					.with(csrf())
					.param("title", title + " edited")
					.param("owner", this.org.champion.id().toString())
					.param("dueOn", LocalDate.now().plusDays(40).toString())
					.param("version", "0"));
				assertThat(this.actions.findById(action.id()).orElseThrow().title())
					.isEqualTo(allowed ? title + " edited" : title);
			}
			case "editActionPage" -> result = this.mvc.perform(get("/actions/{id}/edit", action(title).id()).with(as));
			case "submitSuggestion" -> {
				result = this.mvc.perform(post("/suggestions").with(as)
					.with(csrf())
					.param("topic", "TOOLS")
					.param("title", title)
					.param("text", "Scan the containers"));
				assertThat(this.suggestionQuery
					.list(new SuggestionFilter(null, null, this.org.username(who)), PageRequest.of(0, 50))
					.content()
					.stream()
					.anyMatch((s) -> title.equals(s.title()))).isTrue();
			}
			case "viewSuggestion" ->
				result = this.mvc.perform(get("/suggestions/{id}", suggestion(title).id()).with(as));
			case "acceptSuggestion", "declineSuggestion" -> {
				Suggestion suggestion = suggestion(title);
				String verb = "acceptSuggestion".equals(endpoint) ? "accept" : "decline";
				result = this.mvc.perform(post("/suggestions/{id}/" + verb, suggestion.id()).with(as)
					.with(csrf())
					.param("version", "0")
					.param("reason", "We have one"));
				SuggestionStatus expected = !allowed ? SuggestionStatus.SUBMITTED
						: "accept".equals(verb) ? SuggestionStatus.ACCEPTED : SuggestionStatus.DECLINED;
				assertThat(this.suggestionRepository.findById(suggestion.id()).orElseThrow().status())
					.isEqualTo(expected);
			}
			case "doneSuggestion" -> {
				Suggestion suggestion = suggestion(title);
				this.suggestions.accept(this.org.actor("manager"), suggestion.id(), 0);
				result = this.mvc.perform(
						post("/suggestions/{id}/done", suggestion.id()).with(as).with(csrf()).param("version", "1"));
				assertThat(this.suggestionRepository.findById(suggestion.id()).orElseThrow().status())
					.isEqualTo(allowed ? SuggestionStatus.DONE : SuggestionStatus.ACCEPTED);
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

	private FollowUpAction action(String title) {
		FollowUpAction action = FollowUpAction.open(
				new NewAction(this.org.team.id(), title, this.org.owner.id(), LocalDate.now().plusDays(10),
						new ActionSource(ActionSource.Kind.REVIEW, this.review.id().toString(), this.review.label())),
				"test", LocalDate.now());
		this.actions.save(action);
		return action;
	}

	private ActionStatus statusOf(FollowUpAction action) {
		return this.actions.findById(action.id()).orElseThrow().status();
	}

	private Suggestion suggestion(String title) {
		return this.suggestions.submit(this.org.actor("owner"),
				new NewSuggestion(SuggestionTopic.TRAINING, title, "A course on threat modeling"));
	}

}
