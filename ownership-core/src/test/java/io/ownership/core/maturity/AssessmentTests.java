package io.ownership.core.maturity;

import java.time.Instant;
import java.util.List;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTests {

	private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	private final MaturityModel model = ScorecardTests.twoFunctions();

	private final Assessment draft = Assessment.start(TeamId.random(), new Period(2026, 4), this.model, null);

	@Test
	void aDraftIsSubmittedThenAccepted() {
		this.draft.submit("dev-a", NOW);
		this.draft.accept("manager", "Looks right", NOW);

		assertThat(this.draft.status()).isEqualTo(AssessmentStatus.ACCEPTED);
		assertThat(this.draft.reviewedBy()).isEqualTo("manager");
		assertThat(this.draft.reviewComment()).isEqualTo("Looks right");
	}

	@Test
	void sendingBackReturnsToDraftWithTheComment() {
		this.draft.submit("dev-a", NOW);
		this.draft.sendBack("manager", "Evidence for SM level 2, please", NOW);

		assertThat(this.draft.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(this.draft.reviewComment()).isEqualTo("Evidence for SM level 2, please");
		this.draft.answer(this.model, List.of(new AnswerChange("SM-2-A", AnswerLevel.SOME, null, null, 0)));
		assertThat(this.draft.answerTo("SM-2-A").level()).isEqualTo(AnswerLevel.SOME);
	}

	@Test
	void sendingBackNeedsAComment() {
		this.draft.submit("dev-a", NOW);

		assertThatThrownBy(() -> this.draft.sendBack("manager", " ", NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessage("Say what the team should change");
		assertThat(this.draft.status()).isEqualTo(AssessmentStatus.SUBMITTED);
	}

	@Test
	void illegalTransitionsAreRefusedNamingTheRule() {
		assertThatThrownBy(() -> this.draft.accept("manager", null, NOW)).isInstanceOf(AssessmentRuleException.class)
			.hasMessageContaining("Only a submitted assessment can be reviewed")
			.extracting((ex) -> ((AssessmentRuleException) ex).code())
			.isEqualTo("maturity.rule.reviewNotSubmitted");
		assertThatThrownBy(() -> this.draft.sendBack("manager", "why", NOW))
			.isInstanceOf(AssessmentRuleException.class);

		this.draft.submit("dev-a", NOW);
		assertThatThrownBy(() -> this.draft.submit("dev-a", NOW)).isInstanceOf(AssessmentRuleException.class)
			.hasMessageContaining("Only a draft can be submitted");
		assertThatThrownBy(() -> this.draft.answer(this.model,
				List.of(new AnswerChange("SM-1-A", AnswerLevel.MOST, null, null, 0))))
			.isInstanceOf(AssessmentRuleException.class)
			.hasMessageContaining("Only a draft's answers can change");

		this.draft.accept("manager", null, NOW);
		assertThatThrownBy(() -> this.draft.sendBack("manager", "late", NOW))
			.isInstanceOf(AssessmentRuleException.class);
		assertThat(this.draft.status()).isEqualTo(AssessmentStatus.ACCEPTED);
	}

	@Test
	void anAnswerSavedByAnotherSinceTheFormWasShownRefusesTheWholeChange() {
		this.draft.answer(this.model, List.of(new AnswerChange("SM-1-A", AnswerLevel.HALF, "theirs", null, 0)));

		assertThatThrownBy(() -> this.draft.answer(this.model,
				List.of(new AnswerChange("SM-1-B", AnswerLevel.MOST, null, null, 0),
						new AnswerChange("SM-1-A", AnswerLevel.NO, "mine", null, 0))))
			.isInstanceOfSatisfying(StaleAnswersException.class,
					(ex) -> assertThat(ex.current()).extracting(Answer::note).containsExactly("theirs"));
		assertThat(this.draft.answerTo("SM-1-B")).isNull();
		assertThat(this.draft.answerTo("SM-1-A").note()).isEqualTo("theirs");
	}

	@Test
	void evidenceMustBeAWebLink() {
		assertThatThrownBy(() -> this.draft.answer(this.model,
				List.of(new AnswerChange("SM-1-A", AnswerLevel.HALF, null, "javascript:alert(1)", 0))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("answers[0].evidence"));

		this.draft.answer(this.model,
				List.of(new AnswerChange("SM-1-A", AnswerLevel.HALF, null, "https://wiki.example.org/sm", 0)));
		assertThat(this.draft.answerTo("SM-1-A").evidence()).isEqualTo("https://wiki.example.org/sm");
	}

	@Test
	void aNewDraftStartsFromThePreviousAnswers() {
		this.draft.answer(this.model, List.of(new AnswerChange("SM-1-A", AnswerLevel.MOST, "note", null, 0)));

		Assessment next = Assessment.start(this.draft.team(), new Period(2027, 1), this.model, this.draft);

		assertThat(next.answerTo("SM-1-A").level()).isEqualTo(AnswerLevel.MOST);
		assertThat(next.answerTo("SM-1-A").note()).isEqualTo("note");
		assertThat(next.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(next.id()).isNotEqualTo(this.draft.id());
	}

}
