package io.ownership.core.suggestion;

/**
 * What someone suggests: the topic, a title and the text.
 */
public record NewSuggestion(SuggestionTopic topic, String title, String text) {

}
