package io.ownership.web.suggestion;

import io.ownership.core.suggestion.SuggestionStatus;
import io.ownership.core.suggestion.SuggestionTopic;

/**
 * The list's filters as the query string carries them: {@code status} and {@code topic};
 * a value that is not one of theirs comes back as an error next to its field.
 */
public class SuggestionFilterForm {

	private SuggestionStatus status;

	private SuggestionTopic topic;

	public SuggestionStatus getStatus() {
		return this.status;
	}

	public void setStatus(SuggestionStatus status) {
		this.status = status;
	}

	public SuggestionTopic getTopic() {
		return this.topic;
	}

	public void setTopic(SuggestionTopic topic) {
		this.topic = topic;
	}

}
