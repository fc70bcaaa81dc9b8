package io.ownership.web.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ownership.core.action.ActionId;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.ActionStatus;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.LeaderboardEntry;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewService;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionRepository;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.core.suggestion.SuggestionStatus;
import io.ownership.core.suggestion.SuggestionTopic;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Reviews, actions and suggestions as their users see them: what the pages show, the
 * messages next to fields for bad input (never a 500), the history entries, the
 * notification of a decision and the champion's contribution.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImprovementWebTests extends MockMvcTestSupport {

	@Autowired
	ChampionService champions;

	@Autowired
	ChampionQuery championQuery;

	@Autowired
	ReviewService reviews;

	@Autowired
	ActionRepository actions;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	SuggestionRepository suggestionRepository;

	@Autowired
	JdbcClient jdbc;

	ImprovementOrganization org;

	@BeforeEach
	void organization() {
		this.org = new ImprovementOrganization(this.accounts, this.catalog, this.champions);
	}

	@Test
	void aRecordedReviewListsOnTheTeamPageWithItsActionsAndInItsCsv() throws Exception {
		String location = this.mvc
			.perform(post("/teams/{id}/reviews", this.org.team.id()).with(this.org.as("po"))
				.with(csrf())
				.param("kind", "RETROSPECTIVE")
				.param("heldOn", LocalDate.now().minusDays(1).toString())
				.param("participants", this.org.owner.id().toString(), this.org.champion.id().toString())
				.param("notes", "=We rotate keys by hand"))
			.andExpect(redirectedUrlPattern("/reviews/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post(location + "/actions").with(this.org.as("po"))
				.with(csrf())
				.param("title", "Automate key rotation")
				.param("owner", this.org.owner.id().toString())
				.param("dueOn", LocalDate.now().plusDays(14).toString()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(location).with(this.org.as("auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Automate key rotation")))
			.andExpect(content().string(containsString("champion " + this.org.suffix)));
		this.mvc.perform(get("/teams/{id}", this.org.team.id()).with(this.org.as("otherMember")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"team-reviews\"")))
			.andExpect(content().string(containsString("1 open of 1")))
			.andExpect(content().string(containsString("Automate key rotation")));
		String csv = this.mvc.perform(get("/teams/{id}/reviews.csv", this.org.team.id()).with(this.org.as("auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("Retrospective")
			.contains("champion " + this.org.suffix + "; owner " + this.org.suffix)
			.contains("'=We rotate keys by hand");
		assertThat(
				this.jdbc.sql("select count(*) from audit_event where action = 'review.recorded' and entity_id = :id")
					.param("id", location.substring("/reviews/".length()))
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aBadReviewComesBackWithMessagesNextToItsFieldsAndNothingRecorded() throws Exception {
		this.mvc
			.perform(post("/teams/{id}/reviews", this.org.team.id()).with(this.org.as("po"))
				.with(csrf())
				.param("kind", "AUDIT")
				.param("heldOn", "yesterday")
				.param("notes", "Typed notes " + this.org.suffix))
			.andExpect(status().isOk())
			.andExpect(view().name("review/list"))
			.andExpect(model().attributeHasFieldErrors("reviewForm", "kind", "heldOn", "participants"))
			.andExpect(content().string(containsString("Choose a kind from the list.")))
			.andExpect(content().string(containsString("Typed notes " + this.org.suffix)));
		this.mvc
			.perform(post("/teams/{id}/reviews", this.org.team.id()).with(this.org.as("po"))
				.with(csrf())
				.param("kind", "SECURITY_REVIEW")
				.param("heldOn", LocalDate.now().plusDays(3).toString())
				.param("participants", this.org.owner.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reviewForm", "heldOn", "review.heldOn.future"));
		this.mvc
			.perform(post("/teams/{id}/reviews", this.org.team.id()).with(this.org.as("po"))
				.with(csrf())
				.param("kind", "SECURITY_REVIEW")
				.param("heldOn", LocalDate.now().toString())
				.param("participants", "not-a-person"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reviewForm", "participants"));
		assertThat(this.jdbc.sql("select count(*) from team_review where team_id = :team")
			.param("team", this.org.team.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theOwnersHomeLeadsWithTheirActionsTheLongestOverdueFirstWithHowLate() throws Exception {
		Review review = this.reviews.record(this.org.actor("manager"), new NewReview(this.org.team.id(),
				ReviewKind.SECURITY_REVIEW, LocalDate.now().minusDays(30), Set.of(this.org.owner.id()), null));
		action(review, "Later " + this.org.suffix, LocalDate.now().plusDays(5));
		action(review, "Overdue " + this.org.suffix, LocalDate.now().minusDays(4));

		String home = this.mvc.perform(get("/").with(this.org.as("owner")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home.indexOf("id=\"my-actions\"")).isLessThan(home.indexOf("id=\"home-member\""));
		assertThat(home.indexOf("Overdue " + this.org.suffix)).isLessThan(home.indexOf("Later " + this.org.suffix));
		assertThat(home).contains("4 days late").contains("Your open actions: 2 (1 overdue)");
	}

	@Test
	void anActionEditedWithBadInputKeepsTheTypedValuesAndAStaleVersionIsAConflict() throws Exception {
		Review review = this.reviews.record(this.org.actor("manager"), new NewReview(this.org.team.id(),
				ReviewKind.SECURITY_REVIEW, LocalDate.now(), Set.of(this.org.owner.id()), null));
		FollowUpAction action = action(review, "Rotate " + this.org.suffix, LocalDate.now().plusDays(5));

		this.mvc
			.perform(post("/actions/{id}/edit", action.id()).with(this.org.as("po"))
				.with(csrf())
				.param("title", "Rotate all " + this.org.suffix)
				.param("owner", "nobody")
				.param("dueOn", "31.12.2026")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("action/edit"))
			.andExpect(model().attributeHasFieldErrors("actionForm", "owner", "dueOn"))
			.andExpect(content().string(containsString("Rotate all " + this.org.suffix)));
		this.mvc
			.perform(post("/actions/{id}/edit", action.id()).with(this.org.as("po"))
				.with(csrf())
				.param("title", "Rotate all")
				.param("owner", this.org.owner.id().toString())
				.param("dueOn", LocalDate.now().minusDays(1).toString())
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "dueOn", "action.dueOn.past"));
		this.mvc
			.perform(post("/actions/{id}/edit", action.id()).with(this.org.as("po"))
				.with(csrf())
				.param("title", "Rotate all")
				.param("owner", this.org.owner.id().toString())
				.param("dueOn", LocalDate.now().plusDays(9).toString())
				.param("version", "7"))
			.andExpect(status().isConflict());
		assertThat(this.actions.findById(action.id()).orElseThrow().title()).isEqualTo("Rotate " + this.org.suffix);
	}

	@Test
	void anAcceptedSuggestionOfAChampionTellsThemAndCountsOnTheLeaderboard() throws Exception {
		Suggestion suggestion = this.suggestions.submit(this.org.actor("champion"),
				new NewSuggestion(SuggestionTopic.GUARDRAILS, "Lower the threshold " + this.org.suffix, "Please"));
		int before = points();

		this.mvc
			.perform(post("/suggestions/{id}/accept", suggestion.id()).with(this.org.as("manager"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		assertThat(points()).isEqualTo(before + 5);
		assertThat(inbox("champion"))
			.anySatisfy((text) -> assertThat(text).isEqualTo("Your suggestion \"Lower the threshold " + this.org.suffix
					+ "\" was accepted. It counts as your contribution to the champions' programme."));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'suggestion.accepted' and entity_id = :id")
			.param("id", suggestion.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDecisionOnAChangedSuggestionIsAConflictThatKeepsTheTypedReason() throws Exception {
		Suggestion suggestion = this.suggestions.submit(this.org.actor("owner"),
				new NewSuggestion(SuggestionTopic.TOOLS, "A third scanner " + this.org.suffix, "Please"));

		this.mvc
			.perform(post("/suggestions/{id}/decline", suggestion.id()).with(this.org.as("manager"))
				.with(csrf())
				.param("version", "7")
				.param("reason", "Typed before the change"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("Typed before the change")));
		assertThat(this.suggestionRepository.findById(suggestion.id()).orElseThrow().status())
			.isEqualTo(SuggestionStatus.SUBMITTED);
	}

	@Test
	void aDeclineWithoutAReasonIsRefusedNextToTheFieldAndWithOneTheSubmitterReadsIt() throws Exception {
		Suggestion suggestion = this.suggestions.submit(this.org.actor("owner"),
				new NewSuggestion(SuggestionTopic.TOOLS, "Another scanner " + this.org.suffix, "Please"));

		this.mvc
			.perform(post("/suggestions/{id}/decline", suggestion.id()).with(this.org.as("manager"))
				.with(csrf())
				.param("version", "0")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("decisionForm", "reason", "suggestion.reason.required"))
			.andExpect(content().string(containsString("Say why the suggestion is declined.")));
		assertThat(this.suggestionRepository.findById(suggestion.id()).orElseThrow().status())
			.isEqualTo(SuggestionStatus.SUBMITTED);

		this.mvc
			.perform(post("/suggestions/{id}/decline", suggestion.id()).with(this.org.as("manager"))
				.with(csrf())
				.param("version", "0")
				.param("reason", "We have one already"))
			.andExpect(status().is3xxRedirection());
		assertThat(inbox("owner"))
			.anySatisfy((text) -> assertThat(text).contains("was declined").contains("We have one already"));
		this.mvc.perform(get("/suggestions/{id}", suggestion.id()).with(this.org.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We have one already")))
			.andExpect(content().string(not(containsString("id=\"suggestion-decide\""))));
	}

	@Test
	void theListShowsEachSubmitterTheirOwnAndFiltersByStatusAndTopic() throws Exception {
		this.suggestions.submit(this.org.actor("owner"),
				new NewSuggestion(SuggestionTopic.TRAINING, "Mine " + this.org.suffix, "Please"));
		this.suggestions.submit(this.org.actor("champion"),
				new NewSuggestion(SuggestionTopic.TOOLS, "Theirs " + this.org.suffix, "Please"));

		this.mvc.perform(get("/suggestions").with(this.org.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mine " + this.org.suffix)))
			.andExpect(content().string(not(containsString("Theirs " + this.org.suffix))));
		this.mvc.perform(get("/suggestions").param("topic", "TOOLS").with(this.org.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Theirs " + this.org.suffix)))
			.andExpect(content().string(not(containsString("Mine " + this.org.suffix))));
		this.mvc.perform(get("/suggestions").param("status", "ACCEPTED").with(this.org.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Theirs " + this.org.suffix))));
		this.mvc.perform(get("/suggestions").param("status", "WHATEVER").with(this.org.as("manager")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a status from the list.")));
	}

	@Test
	void aBadSuggestionComesBackWithMessagesNextToItsFields() throws Exception {
		this.mvc
			.perform(post("/suggestions").with(this.org.as("owner"))
				.with(csrf())
				.param("topic", "PIZZA")
				.param("title", "x".repeat(201))
				.param("text", "Kept " + this.org.suffix))
			.andExpect(status().isOk())
			.andExpect(view().name("suggestion/new"))
			.andExpect(model().attributeHasFieldErrors("suggestionForm", "topic", "title"))
			.andExpect(content().string(containsString("Kept " + this.org.suffix)));
	}

	private FollowUpAction action(Review review, String title, LocalDate due) {
		FollowUpAction action = new FollowUpAction(ActionId.random(), this.org.team.id(), title, this.org.owner.id(),
				due, new ActionSource(ActionSource.Kind.REVIEW, review.id().toString(), review.label()), "test",
				ActionStatus.OPEN, null, 0);
		this.actions.save(action);
		return action;
	}

	private int points() {
		return this.championQuery.leaderboard(LocalDate.now().getYear())
			.stream()
			.filter((entry) -> entry.person().equals("champion " + this.org.suffix))
			.mapToInt(LeaderboardEntry::points)
			.sum();
	}

	private List<String> inbox(String who) {
		return this.jdbc.sql("""
				select n.text from notification n join user_account a on a.id = n.recipient_id
				where a.username = :username
				""").param("username", this.org.username(who)).query(String.class).list();
	}

}
