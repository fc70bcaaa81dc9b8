package io.ownership.web.suggestion;

import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionTopic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A suggestion as typed: its topic, title and text.
 */
public class SuggestionForm {

	@NotNull(message = "{input.required}")
	private SuggestionTopic topic;

	@NotBlank(message = "{input.required}")
	@Size(max = Suggestion.MAX_TITLE, message = "{suggestion.title.tooLong}")
	private String title;

	@NotBlank(message = "{input.required}")
	@Size(max = Suggestion.MAX_TEXT, message = "{suggestion.text.tooLong}")
	private String text;

	public SuggestionTopic getTopic() {
		return this.topic;
	}

	public void setTopic(SuggestionTopic topic) {
		this.topic = topic;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
