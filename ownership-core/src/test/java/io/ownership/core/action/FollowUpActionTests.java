package io.ownership.core.action;

import java.time.LocalDate;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpActionTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	private final PersonId anna = PersonId.random();

	private final PersonId daniel = PersonId.random();

	private FollowUpAction open(LocalDate due) {
		return FollowUpAction.open(new NewAction(TeamId.random(), " Rotate the keys ", this.anna, due,
				new ActionSource(ActionSource.Kind.REVIEW, "r1", "Retrospective of 2026-12-01")), "po", TODAY);
	}

	@Test
	void aReviewOpensAnActionWithItsTitleTrimmed() {
		FollowUpAction action = open(TODAY.plusDays(10));

		assertThat(action.title()).isEqualTo("Rotate the keys");
		assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(action.source().kind()).isEqualTo(ActionSource.Kind.REVIEW);
	}

	@Test
	void anEditChangesWhatWhoAndWhenButNotIntoThePast() {
		FollowUpAction action = open(TODAY.plusDays(10));
		action.edit("Rotate the signing keys", this.daniel, TODAY.plusDays(20), TODAY);

		assertThat(action.title()).isEqualTo("Rotate the signing keys");
		assertThat(action.owner()).isEqualTo(this.daniel);
		assertThat(action.dueOn()).isEqualTo(TODAY.plusDays(20));
		assertThatThrownBy(() -> action.edit("Rotate", this.daniel, TODAY.minusDays(1), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("dueOn"));
		assertThatThrownBy(() -> action.edit(" ", this.daniel, TODAY, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("title"));
	}

	@Test
	void anOverdueActionKeepsItsPassedDueDateWhenEdited() {
		FollowUpAction action = new FollowUpAction(ActionId.random(), TeamId.random(), "Old", this.anna,
				TODAY.minusDays(5), new ActionSource(ActionSource.Kind.MATURITY_GAP, "TA", "Threat Assessment"), "po",
				ActionStatus.OPEN, null, 3);
		action.edit("Old, reworded", this.daniel, TODAY.minusDays(5), TODAY);

		assertThat(action.isOverdue(TODAY)).isTrue();
		assertThat(action.owner()).isEqualTo(this.daniel);
	}

	@Test
	void aDoneOrCancelledActionIsNotChangedUntilReopened() {
		FollowUpAction action = open(TODAY.plusDays(10));
		action.complete(TODAY);

		assertThatThrownBy(() -> action.edit("Rotate the signing keys", this.daniel, TODAY.plusDays(20), TODAY))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("action.rule.closedUnchanged"));
		assertThat(action.title()).isEqualTo("Rotate the keys");
		action.reopen();
		action.edit("Rotate the signing keys", this.daniel, TODAY.plusDays(20), TODAY);
		assertThat(action.title()).isEqualTo("Rotate the signing keys");
	}

	@Test
	void aCancelledOrDoneActionIsReopenedAndOnlyAnOpenOneIsClosed() {
		FollowUpAction action = open(TODAY.plusDays(10));
		action.cancel(TODAY);
		assertThat(action.status()).isEqualTo(ActionStatus.CANCELLED);
		assertThat(action.doneOn()).isEqualTo(TODAY);
		assertThatThrownBy(() -> action.complete(TODAY)).isInstanceOf(DomainException.class)
			.hasMessageContaining("Only an open action");

		action.reopen();
		assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(action.doneOn()).isNull();
		assertThatThrownBy(action::reopen).isInstanceOf(DomainException.class);

		action.complete(TODAY);
		assertThat(action.status()).isEqualTo(ActionStatus.DONE);
		assertThatThrownBy(() -> action.cancel(TODAY)).isInstanceOf(DomainException.class);
	}

}
