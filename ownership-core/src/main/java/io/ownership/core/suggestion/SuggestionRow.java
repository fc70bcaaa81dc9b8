package io.ownership.core.suggestion;

import java.time.Instant;

/**
 * A suggestion as lists show it, with the submitter's name.
 */
public record SuggestionRow(SuggestionId id, SuggestionTopic topic, String title, SuggestionStatus status,
		String submitterName, Instant submittedAt, String reason) {

}
