package io.ownership.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionId;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.ActionStatus;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.review.ReviewService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionFilter;
import io.ownership.core.suggestion.SuggestionQuery;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.core.suggestion.SuggestionTopic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's improvement work: Business Services A team's security review of three weeks
 * ago with two actions (Daniel's overdue, Anna's due in three weeks), and three
 * suggestions: Daniel's (the team's champion) accepted and counted on the leaderboard,
 * one declined with its reason, one waiting for a decision.
 */
@Component
@Profile("demo")
@Order(70)
class DemoImprovement implements ApplicationRunner {

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private final ReviewService reviews;

	private final ReviewQuery reviewQuery;

	private final ActionRepository actions;

	private final SuggestionService suggestions;

	private final SuggestionQuery suggestionQuery;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final Clock clock;

	DemoImprovement(ReviewService reviews, ReviewQuery reviewQuery, ActionRepository actions,
			SuggestionService suggestions, SuggestionQuery suggestionQuery, TeamRepository teams,
			PersonRepository people, Clock clock) {
		this.reviews = reviews;
		this.reviewQuery = reviewQuery;
		this.actions = actions;
		this.suggestions = suggestions;
		this.suggestionQuery = suggestionQuery;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(this.clock);
		Team team = this.teams.findByName("Business Services A team").orElse(null);
		Person daniel = this.people.findByEmail("daniel.kraus@example.org").orElse(null);
		Person anna = this.people.findByEmail("anna.berger@example.org").orElse(null);
		if (team != null && daniel != null && anna != null && this.reviewQuery.ofTeam(team.id()).isEmpty()) {
			review(team, daniel.id(), anna.id(), today);
		}
		if (this.suggestionQuery.list(new SuggestionFilter(null, null, null), PageRequest.of(0, 1))
			.totalElements() == 0) {
			suggestions();
		}
	}

	private void review(Team team, PersonId daniel, PersonId anna, LocalDate today) {
		Set<PersonId> participants = new LinkedHashSet<>(Set.of(daniel, anna));
		Review review = this.reviews.record(MANAGER,
				new NewReview(team.id(), ReviewKind.SECURITY_REVIEW, today.minusDays(21), participants,
						"Quarterly review of the team's ownership.\nThe customer database's access review was late; "
								+ "two products still share one deploy key."));
		ActionSource source = new ActionSource(ActionSource.Kind.REVIEW, review.id().toString(), review.label());
		// Opened on the day of the review, so its due date may be past by now.
		this.actions
			.save(new FollowUpAction(ActionId.random(), team.id(), "Give each product of the team its own deploy key",
					daniel, today.minusDays(6), source, "manager", ActionStatus.OPEN, null, 0));
		this.reviews.openAction(MANAGER, review.id(), "Schedule the customer database's access review every quarter",
				anna, today.plusDays(21));
	}

	private void suggestions() {
		Suggestion accepted = this.suggestions.submit(new Actor("dev-a", Set.of(Role.TEAM_MEMBER)),
				new NewSuggestion(SuggestionTopic.TRAINING, "A hands-on threat modeling kata for new developers",
						"Newcomers learn threat modeling best on a small system of their own: a one-hour kata "
								+ "with the champions as coaches."));
		this.suggestions.accept(MANAGER, accepted.id(), accepted.version());
		Suggestion declined = this.suggestions.submit(new Actor("po-platform", Set.of(Role.PRODUCT_OWNER)),
				new NewSuggestion(SuggestionTopic.GUARDRAILS, "Let product owners accept critical risks",
						"Waiting for the CISO slows releases down."));
		this.suggestions.decline(MANAGER, declined.id(), declined.version(),
				"Critical risks stay with the CISO by our risk policy; we will shorten the waiting time instead.");
		this.suggestions.submit(new Actor("po-a", Set.of(Role.PRODUCT_OWNER)),
				new NewSuggestion(SuggestionTopic.TOOLS, "Scan container images in the delivery pipeline",
						"The platform's images are only scanned once a week; a scan per build would find "
								+ "vulnerable base images before they ship."));
	}

}
