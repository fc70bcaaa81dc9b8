package io.ownership.web.improvement;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewService;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.core.suggestion.SuggestionTopic;
import io.ownership.web.support.KeptPageChecks;
import io.ownership.web.support.MockMvcTestSupport;
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

/**
 * A team's reviews, a review, the suggestions (filtered, and one's own) and a suggestion
 * are kept pages (issue 19): the version check only at the second view, rendered again
 * after a change of what they read, and nothing kept for one viewer shown to another with
 * fewer rights or to another user.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class ImprovementPagesKeptTests extends MockMvcTestSupport {

	@Autowired
	ReviewService reviews;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	JdbcTemplate jdbc;

	ImprovementOrganization org;

	KeptPageChecks checks;

	Review review;

	Suggestion suggestion;

	@BeforeEach
	void organization(@Autowired ChampionService champions) {
		this.org = new ImprovementOrganization(this.accounts, this.catalog, champions);
		this.checks = new KeptPageChecks(this.mvc, this.jdbc);
		this.review = this.reviews.record(this.org.actor("po"),
				new NewReview(this.org.team.id(), ReviewKind.SECURITY_REVIEW, LocalDate.now(),
						Set.of(this.org.owner.id()), "Kept notes " + this.org.suffix));
		this.suggestion = this.suggestions.submit(this.org.actor("owner"),
				new NewSuggestion(SuggestionTopic.TOOLS, "Kept suggestion " + this.org.suffix, "Text"));
	}

	@Test
	void theReviewAndSuggestionPagesAreKeptUntilTheirDataChanges() throws Exception {
		String notes = "Kept notes " + this.org.suffix;
		String suggestion = "Kept suggestion " + this.org.suffix;
		String[][] views = { { "/teams/" + this.org.team.id() + "/reviews", "owner", "/reviews/" + this.review.id() },
				{ "/reviews/" + this.review.id(), "owner", notes },
				{ "/suggestions?status=SUBMITTED&topic=TOOLS", "manager", suggestion },
				{ "/suggestions", "owner", suggestion },
				{ "/suggestions/" + this.suggestion.id(), "manager", suggestion } };
		for (String[] view : views) {
			assertThat(this.checks.page(view[0], this.org.as(view[1]))).as(view[0]).contains(view[2]);
			this.checks.assertKept(view[0], this.org.as(view[1]));
			this.checks.assertRenderedAgainAfterAChangeInEachAreaItReads(view[0], this.org.as(view[1]));
		}
	}

	@Test
	void nothingKeptForOneViewerIsShownToAnotherWithFewerRights() throws Exception {
		String reviews = "/teams/" + this.org.team.id() + "/reviews";
		String review = "/reviews/" + this.review.id();
		this.checks.assertKept(reviews, this.org.as("owner"));
		this.checks.assertKept(review, this.org.as("owner"));
		assertThat(this.checks.page(reviews, this.org.as("owner"))).contains("id=\"new-review\"");
		assertThat(this.checks.page(review, this.org.as("owner"))).contains("id=\"new-action\"");
		this.jdbc.update("delete from team_member where team_id = ? and person_id = ?", this.org.team.id().value(),
				this.org.owner.id().value());
		assertThat(this.checks.page(reviews, this.org.as("owner"))).doesNotContain("id=\"new-review\"");
		assertThat(this.checks.page(review, this.org.as("owner"))).doesNotContain("id=\"new-action\"");

		this.checks.assertKept("/suggestions", this.org.as("owner"));
		assertThat(this.checks.page("/suggestions", this.org.as("otherMember")))
			.doesNotContain("Kept suggestion " + this.org.suffix);

		String suggestion = "/suggestions/" + this.suggestion.id();
		this.checks.assertKept(suggestion, this.org.as("manager"));
		assertThat(this.checks.page(suggestion, this.org.as("manager"))).contains("id=\"suggestion-decide\"");
		assertThat(this.checks.page(suggestion, user(this.org.username("manager")).roles("AUDITOR")))
			.doesNotContain("id=\"suggestion-decide\"");
	}

}
