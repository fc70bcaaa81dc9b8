package io.ownership.core.suggestion;

import java.time.Instant;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuggestionTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	private Suggestion submitted() {
		return Suggestion.submit(new NewSuggestion(SuggestionTopic.TOOLS, " Scan  containers ", "Add a scanner\n"),
				"dev-a", NOW);
	}

	@Test
	void aSubmittedSuggestionIsAcceptedThenMarkedDone() {
		Suggestion suggestion = submitted();
		assertThat(suggestion.title()).isEqualTo("Scan containers");
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.SUBMITTED);

		suggestion.accept("manager", NOW);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.ACCEPTED);
		assertThat(suggestion.decidedBy()).isEqualTo("manager");

		suggestion.markDone("manager", NOW);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.DONE);
	}

	@Test
	void aDeclineNeedsAReason() {
		Suggestion suggestion = submitted();
		assertThatThrownBy(() -> suggestion.decline("manager", "  ", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("reason"));
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.SUBMITTED);

		suggestion.decline("manager", "We have one already", NOW);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.DECLINED);
		assertThat(suggestion.reason()).isEqualTo("We have one already");
	}

	@Test
	void onlyASubmittedSuggestionIsDecidedAndOnlyAnAcceptedOneIsDone() {
		Suggestion suggestion = submitted();
		assertThatThrownBy(() -> suggestion.markDone("manager", NOW)).isInstanceOf(DomainException.class);
		suggestion.decline("manager", "No", NOW);
		assertThatThrownBy(() -> suggestion.accept("manager", NOW)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> suggestion.decline("manager", "Again", NOW)).isInstanceOf(DomainException.class);
	}

	@Test
	void aSuggestionNeedsATopicATitleAndAText() {
		assertThatThrownBy(() -> Suggestion.submit(new NewSuggestion(null, "T", "x"), "u", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("topic"));
		assertThatThrownBy(
				() -> Suggestion.submit(new NewSuggestion(SuggestionTopic.OTHER, "x".repeat(201), "x"), "u", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("title"));
		assertThatThrownBy(() -> Suggestion.submit(new NewSuggestion(SuggestionTopic.OTHER, "T", " "), "u", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("text"));
	}

}
