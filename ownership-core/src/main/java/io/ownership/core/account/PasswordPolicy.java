package io.ownership.core.account;

import java.util.Locale;
import java.util.Set;

import io.ownership.core.shared.InvalidInputException;

/**
 * What a password must be: at least 12 characters, at most 128, not the user name, and
 * not one of the passwords that every attacker tries first.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
			"administrator", "letmein12345", "welcome12345", "changeme1234", "ownership123", "iloveyou1234",
			"1234567890ab", "abcdefghijkl", "aaaaaaaaaaaa", "password123!", "p@ssw0rd1234");

	private PasswordPolicy() {
	}

	/**
	 * Checks a new password.
	 * @param field the input's name, for the message
	 * @param username whose password it is
	 * @param password the plain password
	 * @throws InvalidInputException saying which rule it breaks
	 */
	public static void check(String field, String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInputException(field, "account.password.tooShort",
					"A password needs at least " + MIN_LENGTH + " characters", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "account.password.tooLong",
					"A password has at most " + MAX_LENGTH + " characters", MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw new InvalidInputException(field, "account.password.containsUsername",
					"A password must not contain the user name");
		}
		if (COMMON.contains(lower) || password.chars().distinct().count() < 5) {
			throw new InvalidInputException(field, "account.password.tooCommon",
					"This password is too easy to guess: use a longer phrase or more different characters");
		}
	}

}
