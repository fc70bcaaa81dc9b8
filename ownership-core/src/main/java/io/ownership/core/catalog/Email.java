package io.ownership.core.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

import io.ownership.core.shared.InvalidInputException;

/**
 * An e-mail address, kept lower-case.
 */
public record Email(String value) {

	private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public Email {
		String cleaned = (value == null) ? "" : value.trim().toLowerCase(Locale.ROOT);
		if (cleaned.length() > 254 || !FORMAT.matcher(cleaned).matches()) {
			throw new InvalidInputException("email", "person.email.format",
					"Enter an e-mail address like name@example.org");
		}
		value = cleaned;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
