package io.ownership.persistence.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionRow;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.ActionStatus;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.action.NewAction;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.review.ReviewRepository;
import io.ownership.core.review.ReviewRow;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionFilter;
import io.ownership.core.suggestion.SuggestionQuery;
import io.ownership.core.suggestion.SuggestionRepository;
import io.ownership.core.suggestion.SuggestionRow;
import io.ownership.core.suggestion.SuggestionStatus;
import io.ownership.core.suggestion.SuggestionTopic;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Actions edited, cancelled and read by source; reviews with their participants' names
 * and action counts; suggestions filtered, with a version checked on save.
 */
@PersistenceTest
class ImprovementPersistenceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionRepository actions;

	@Autowired
	ActionQuery actionQuery;

	@Autowired
	ActionDirectory directory;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	ReviewQuery reviewQuery;

	@Autowired
	SuggestionRepository suggestions;

	@Autowired
	SuggestionQuery suggestionQuery;

	private String suffix;

	private TeamId team;

	private PersonId anna;

	private PersonId bert;

	@BeforeEach
	void organization() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.team = new TeamId(UUID.randomUUID());
		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", this.team.value())
			.param("name", "Team " + this.suffix)
			.update();
		this.anna = person("Anna");
		this.bert = person("Bert");
	}

	@Test
	void aReviewIsReadBackWithItsParticipantsByNameAndItsActionsCounted() {
		Review review = Review.record(new NewReview(this.team, ReviewKind.RETROSPECTIVE, TODAY,
				Set.of(this.anna, this.bert), "Notes\non two lines"), "po", TODAY);
		this.reviews.save(review);
		FollowUpAction open = action(review, "Rotate keys");
		FollowUpAction done = action(review, "Write runbook");
		done.complete(TODAY);
		this.actions.save(done);

		assertThat(this.reviews.findById(review.id()).orElseThrow().participants()).containsExactlyInAnyOrder(this.anna,
				this.bert);
		ReviewRow row = this.reviewQuery.one(review.id()).orElseThrow();
		assertThat(row.participants()).containsExactly("Anna " + this.suffix, "Bert " + this.suffix);
		assertThat(row.openActions()).isEqualTo(1);
		assertThat(row.actions()).isEqualTo(2);
		assertThat(row.notes()).isEqualTo("Notes\non two lines");
		assertThat(this.reviewQuery.ofTeam(this.team)).extracting(ReviewRow::id).containsExactly(review.id());
		assertThat(this.actionQuery.ofSource(ActionSource.Kind.REVIEW, review.id().toString(), TODAY))
			.extracting(ActionRow::title, ActionRow::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Rotate keys", ActionStatus.OPEN),
					org.assertj.core.groups.Tuple.tuple("Write runbook", ActionStatus.DONE));
		assertThat(open.id()).isNotEqualTo(done.id());
	}

	@Test
	void anEditedActionKeepsItsNewOwnerAndDueDateAndAnOverdueOneSaysHowLate() {
		Review review = Review
			.record(new NewReview(this.team, ReviewKind.SECURITY_REVIEW, TODAY, Set.of(this.anna), null), "po", TODAY);
		this.reviews.save(review);
		FollowUpAction action = action(review, "Rotate keys");
		FollowUpAction loaded = this.actions.findById(action.id()).orElseThrow();
		loaded.edit("Rotate all keys", this.bert, TODAY.plusDays(3), TODAY);
		this.actions.save(loaded);

		FollowUpAction again = this.actions.findById(action.id()).orElseThrow();
		assertThat(again.title()).isEqualTo("Rotate all keys");
		assertThat(again.owner()).isEqualTo(this.bert);
		assertThat(again.version()).isEqualTo(1);
		assertThatThrownBy(() -> this.actions.save(loaded)).isInstanceOf(StaleVersionException.class);

		ActionRow late = this.actionQuery.ofTeam(this.team, TODAY.plusDays(10)).get(0);
		assertThat(late.overdue()).isTrue();
		assertThat(late.daysLate()).isEqualTo(7);
		assertThat(late.ownerName()).isEqualTo("Bert " + this.suffix);
	}

	@Test
	void aCancelledActionIsStored() {
		Review review = Review
			.record(new NewReview(this.team, ReviewKind.SECURITY_REVIEW, TODAY, Set.of(this.anna), null), "po", TODAY);
		this.reviews.save(review);
		FollowUpAction action = action(review, "Rotate keys");
		action.cancel(TODAY);
		this.actions.save(action);

		assertThat(this.actions.findById(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.CANCELLED);
		assertThat(this.directory.ownsProductOf(this.anna, this.team)).isFalse();
	}

	@Test
	void suggestionsAreFilteredByStatusTopicAndSubmitterNewestFirst() {
		String me = "sugg-" + this.suffix;
		Suggestion tools = Suggestion.submit(new NewSuggestion(SuggestionTopic.TOOLS, "Scanner", "Add one"), me,
				Instant.parse("2026-12-01T10:00:00Z"));
		Suggestion training = Suggestion.submit(new NewSuggestion(SuggestionTopic.TRAINING, "Course", "Add one"), me,
				Instant.parse("2026-12-02T10:00:00Z"));
		this.suggestions.save(tools);
		this.suggestions.save(training);
		Suggestion accepted = this.suggestions.findById(training.id()).orElseThrow();
		accepted.accept("manager", Instant.parse("2026-12-03T10:00:00Z"));
		this.suggestions.save(accepted);

		assertThat(this.suggestionQuery.list(new SuggestionFilter(null, null, me), PageRequest.of(0, 10)).content())
			.extracting(SuggestionRow::title)
			.containsExactly("Course", "Scanner");
		assertThat(this.suggestionQuery
			.list(new SuggestionFilter(SuggestionStatus.ACCEPTED, null, me), PageRequest.of(0, 10))
			.content()).extracting(SuggestionRow::title).containsExactly("Course");
		assertThat(
				this.suggestionQuery.list(new SuggestionFilter(null, SuggestionTopic.TOOLS, me), PageRequest.of(0, 10))
					.totalElements())
			.isEqualTo(1);
		assertThat(this.suggestionQuery
			.list(new SuggestionFilter(null, null, "nobody-" + this.suffix), PageRequest.of(0, 10))
			.totalElements()).isZero();
		assertThat(this.suggestions.findById(training.id()).orElseThrow().decidedBy()).isEqualTo("manager");
		assertThatThrownBy(() -> this.suggestions.save(accepted)).isInstanceOf(StaleVersionException.class);
	}

	private FollowUpAction action(Review review, String title) {
		FollowUpAction action = FollowUpAction.open(
				new NewAction(this.team, title, this.anna, TODAY.plusDays(3),
						new ActionSource(ActionSource.Kind.REVIEW, review.id().toString(), review.label())),
				"po", TODAY);
		this.actions.save(action);
		return action;
	}

	private PersonId person(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, name, email) values (:id, :name, :email)")
			.param("id", id)
			.param("name", name + " " + this.suffix)
			.param("email", name.toLowerCase() + "." + this.suffix + "@example.org")
			.update();
		return new PersonId(id);
	}

}
