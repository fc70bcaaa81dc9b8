package io.ownership.core.catalog;

import java.util.Locale;

import io.ownership.core.shared.InvalidInputException;

/**
 * The shared rules for names users type: trimmed, inner white space folded, not blank,
 * not too long. Uniqueness compares the folded, lower-case form.
 */
public final class Names {

	private Names() {
	}

	public static String clean(String field, String value, int maxLength) {
		String cleaned = (value == null) ? "" : value.trim().replaceAll("\\s+", " ");
		if (cleaned.isEmpty()) {
			throw new InvalidInputException(field, "input.required", "Required");
		}
		if (cleaned.length() > maxLength) {
			throw new InvalidInputException(field, "input.tooLong", "At most " + maxLength + " characters", maxLength);
		}
		return cleaned;
	}

	public static String optional(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return clean(field, value, maxLength);
	}

	public static String key(String name) {
		return (name == null) ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
