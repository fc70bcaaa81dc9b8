package io.ownership.core.review;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	private final TeamId team = TeamId.random();

	private final PersonId anna = PersonId.random();

	@Test
	void aHeldRetrospectiveIsRecordedWithItsParticipantsAndNamedByKindAndDate() {
		Review review = Review.record(new NewReview(this.team, ReviewKind.RETROSPECTIVE, TODAY.minusDays(2),
				Set.of(this.anna), "  What went well\nWhat did not  "), "po", TODAY);

		assertThat(review.participants()).containsExactly(this.anna);
		assertThat(review.notes()).isEqualTo("What went well\nWhat did not");
		assertThat(review.label()).isEqualTo("Retrospective of 2026-12-04");
	}

	@Test
	void aReviewInTheFutureOrWithoutParticipantsIsRefusedNamingTheField() {
		assertThatThrownBy(() -> Review.record(
				new NewReview(this.team, ReviewKind.SECURITY_REVIEW, TODAY.plusDays(1), Set.of(this.anna), null), "po",
				TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("heldOn"));
		assertThatThrownBy(() -> Review
			.record(new NewReview(this.team, ReviewKind.SECURITY_REVIEW, TODAY, Set.of(), null), "po", TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("participants"));
		assertThatThrownBy(
				() -> Review.record(new NewReview(this.team, null, TODAY, Set.of(this.anna), null), "po", TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("kind"));
		assertThatThrownBy(() -> Review.record(new NewReview(this.team, ReviewKind.SECURITY_REVIEW, TODAY,
				Set.of(this.anna), "x".repeat(Review.MAX_NOTES + 1)), "po", TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("notes"));
	}

}
