package io.ownership.core.suggestion;

/**
 * Which suggestions a list shows: by status and topic (null for any), and only those of
 * one submitter (a user name) or, when null, everyone's.
 */
public record SuggestionFilter(SuggestionStatus status, SuggestionTopic topic, String submittedBy) {

}
