package io.ownership.core.account;

import java.util.Locale;
import java.util.regex.Pattern;

import io.ownership.core.shared.InvalidInputException;

/**
 * A login name: 2 to 60 characters of lower-case letters, digits, dot, dash, underscore
 * or @, starting with a letter or digit. Stored lower-case, so names are unique
 * regardless of case.
 */
public record Username(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");

	public Username {
		String normalized = (value == null) ? "" : value.trim().toLowerCase(Locale.ROOT);
		if (!FORMAT.matcher(normalized).matches()) {
			throw new InvalidInputException("username", "account.username.format",
					"A user name has 2 to 60 characters: letters, digits, '.', '-', '_' or '@'");
		}
		value = normalized;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
