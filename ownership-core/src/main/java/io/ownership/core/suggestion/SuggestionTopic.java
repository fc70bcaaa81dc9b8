package io.ownership.core.suggestion;

/**
 * What a suggestion is about.
 */
public enum SuggestionTopic {

	USE_CASE, TRAINING, TOOLS, GUARDRAILS, OTHER

}
