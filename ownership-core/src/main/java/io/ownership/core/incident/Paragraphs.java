package io.ownership.core.incident;

import io.ownership.core.shared.InvalidInputException;

/**
 * Multi-line texts (a timeline, contributing factors): trimmed, line breaks kept (unlike
 * {@link io.ownership.core.catalog.Names}, which folds them), blank is absent.
 */
final class Paragraphs {

	private Paragraphs() {
	}

	static String required(String field, String value, int maxLength) {
		String text = optional(field, value, maxLength);
		if (text == null) {
			throw new InvalidInputException(field, "input.required", "Required");
		}
		return text;
	}

	static String optional(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().replace("\r\n", "\n");
		if (text.length() > maxLength) {
			throw new InvalidInputException(field, "input.tooLong", "At most " + maxLength + " characters", maxLength);
		}
		return text;
	}

}
