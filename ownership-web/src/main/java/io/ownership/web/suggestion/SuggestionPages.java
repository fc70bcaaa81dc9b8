package io.ownership.web.suggestion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionFilter;
import io.ownership.core.suggestion.SuggestionQuery;
import io.ownership.core.suggestion.SuggestionRow;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.core.suggestion.SuggestionStatus;
import io.ownership.core.suggestion.SuggestionTopic;

import org.springframework.stereotype.Component;

/**
 * Builds the suggestion pages ({@link SuggestionsPage}, {@link NewSuggestionPage},
 * {@link SuggestionPage}): the one place that decides what they show, for the pages
 * themselves and for the posts that show them again with errors.
 */
@Component
class SuggestionPages {

	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final SuggestionQuery query;

	SuggestionPages(SuggestionQuery query) {
		this.query = query;
	}

	/**
	 * The suggestions the viewer sees (all of them for a manager, their own otherwise)
	 * with the filter's choices.
	 *
	 * @param suggestions the page of suggestions, null when the filter could not be read
	 */
	record SuggestionsPage(boolean seesAll, List<SuggestionStatus> statuses, List<SuggestionTopic> topics,
			Page<SuggestionRow> suggestions) {

	}

	/**
	 * The form that submits a suggestion (model attribute {@code suggestionForm}) with
	 * its topics.
	 */
	record NewSuggestionPage(List<SuggestionTopic> topics) {

	}

	/**
	 * One suggestion with who submitted and decided it and when, and which decisions the
	 * viewer may take now (the form is the model attribute {@code decisionForm}).
	 *
	 * @param decidedBy the decider's name, null while undecided
	 * @param decidedAt when it was decided, null while undecided
	 */
	record SuggestionPage(Suggestion suggestion, String submitter, String submittedAt, String decidedBy,
			String decidedAt, boolean mayAccept, boolean mayMarkDone) {

		public boolean mayDecide() {
			return this.mayAccept || this.mayMarkDone;
		}

	}

	SuggestionsPage list(Actor actor, SuggestionFilterForm filter, boolean readable, int page) {
		boolean all = SuggestionService.seesAll(actor);
		Page<SuggestionRow> suggestions = readable ? this.query.list(
				new SuggestionFilter(filter.getStatus(), filter.getTopic(), all ? null : actor.username()),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)) : null;
		return new SuggestionsPage(all, List.of(SuggestionStatus.values()), List.of(SuggestionTopic.values()),
				suggestions);
	}

	NewSuggestionPage newSuggestion() {
		return new NewSuggestionPage(List.of(SuggestionTopic.values()));
	}

	SuggestionPage page(Actor actor, Suggestion suggestion) {
		boolean mayDecide = SuggestionService.mayDecide(actor);
		boolean decided = suggestion.decidedBy() != null;
		return new SuggestionPage(suggestion, this.query.nameOf(suggestion.submittedBy()),
				minute(suggestion.submittedAt()), decided ? this.query.nameOf(suggestion.decidedBy()) : null,
				decided ? minute(suggestion.decidedAt()) : null,
				mayDecide && suggestion.status() == SuggestionStatus.SUBMITTED,
				mayDecide && suggestion.status() == SuggestionStatus.ACCEPTED);
	}

	private static String minute(Instant at) {
		return (at != null) ? MINUTE.format(at) : null;
	}

}
