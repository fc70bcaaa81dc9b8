package io.ownership.web.improvement;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.Person;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewService;
import io.ownership.core.shared.Actor;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.core.suggestion.SuggestionTopic;
import io.ownership.web.support.StatementCounter;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of actions, reviews and suggestions run as many SQL statements for one row as
 * for six: the owner's home with their actions, the team dashboard with its reviews and
 * actions, a review's page with its actions, a team's reviews, the suggestions list, a
 * suggestion's page and an action's editor.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class ImprovementStatementCountTests extends MockMvcTestSupport {

	@Autowired
	ChampionService champions;

	@Autowired
	ReviewService reviews;

	@Autowired
	SuggestionService suggestions;

	ImprovementOrganization org;

	@BeforeEach
	void organization() {
		this.org = new ImprovementOrganization(this.accounts, this.catalog, this.champions);
	}

	@Test
	void reviewsAndActionsCostTheSameForOneAsForSix() throws Exception {
		Review first = review(0);
		String reviewPage = "/reviews/" + first.id();
		String teamPage = "/teams/" + this.org.team.id();
		String reviewsPage = teamPage + "/reviews";
		int home = count("/", "owner", "Action 0 0");
		int review = count(reviewPage, "owner", "Action 0 0");
		int team = count(teamPage, "owner", "Action 0 0");
		int list = count(reviewsPage, "owner", "2 open of 2");
		for (int i = 1; i < 6; i++) {
			review(i);
			action(first, "Extra " + i);
		}

		assertThat(count("/", "owner", "Extra 5")).isEqualTo(home);
		assertThat(count(reviewPage, "owner", "Extra 5")).isEqualTo(review);
		assertThat(count(teamPage, "owner", "Extra 5")).isEqualTo(team);
		assertThat(count(reviewsPage, "owner", "7 open of 7")).isEqualTo(list);
	}

	@Test
	void theSuggestionsListCostsTheSameForOneAsForSix() throws Exception {
		suggestion(0);
		int one = count("/suggestions", "manager", "Suggestion 0 " + this.org.suffix);
		for (int i = 1; i < 6; i++) {
			suggestion(i);
		}

		assertThat(count("/suggestions", "manager", "Suggestion 5 " + this.org.suffix)).isEqualTo(one);
	}

	/**
	 * A suggestion's page and an action's editor cost the same whether their submitter
	 * has one suggestion or six, and the team one action or eleven and two members or
	 * seven (the owners the editor offers).
	 */
	@Test
	void aSuggestionsPageAndAnActionsEditorCostTheSameForOneAsForMany() throws Exception {
		String suggestionPage = "/suggestions/" + suggestion(0).id();
		Review first = this.reviews.record(this.org.actor("po"), new NewReview(this.org.team.id(),
				ReviewKind.RETROSPECTIVE, LocalDate.now(), Set.of(this.org.owner.id()), null));
		String actionEditor = "/actions/" + action(first, "Edited action").id() + "/edit";
		int suggestion = count(suggestionPage, "manager", "Suggestion 0 " + this.org.suffix);
		int editor = count(actionEditor, "owner", "Edited action");
		for (int i = 1; i < 6; i++) {
			suggestion(i);
			review(i);
			Person member = this.catalog.registerPerson(Actor.SYSTEM, "Member " + i + " " + this.org.suffix,
					"member" + i + "-" + this.org.suffix + "@example.org", null);
			this.catalog.addMember(Actor.SYSTEM, this.org.team.id(), member.id(), "Developer");
		}

		assertThat(count(suggestionPage, "manager", "Suggestion 0 " + this.org.suffix)).isEqualTo(suggestion);
		assertThat(count(actionEditor, "owner", "Edited action")).isEqualTo(editor);
	}

	private Review review(int i) {
		Review review = this.reviews.record(this.org.actor("po"), new NewReview(this.org.team.id(),
				ReviewKind.SECURITY_REVIEW, LocalDate.now().minusDays(i), Set.of(this.org.owner.id()), null));
		action(review, "Action " + i + " 0");
		action(review, "Action " + i + " 1");
		return review;
	}

	private FollowUpAction action(Review review, String title) {
		return this.reviews.openAction(this.org.actor("po"), review.id(), title, this.org.owner.id(),
				LocalDate.now().plusDays(3));
	}

	private Suggestion suggestion(int i) {
		return this.suggestions.submit(this.org.actor("owner"),
				new NewSuggestion(SuggestionTopic.OTHER, "Suggestion " + i + " " + this.org.suffix, "Text"));
	}

	private int count(String url, String who, String mustShow) throws Exception {
		this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(this.org.as(who)))
			.andExpect(status().isOk());
		StatementCounter.reset();
		String page = this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(this.org.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int statements = StatementCounter.count();
		assertThat(page).contains(mustShow);
		return statements;
	}

}
