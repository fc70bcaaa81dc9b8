package io.ownership.core.suggestion;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a suggestion.
 */
public record SuggestionId(UUID value) {

	public SuggestionId {
		Objects.requireNonNull(value, "value");
	}

	public static SuggestionId random() {
		return new SuggestionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
