package io.ownership.core.account;

import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	@Test
	void acceptsALongPhrase() {
		assertThatCode(() -> PasswordPolicy.check("password", "alice", "correct horse battery staple"))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsPasswordsShorterThanTwelveCharacters() {
		assertRejected("elevenchars", "account.password.tooShort");
		assertRejected(null, "account.password.tooShort");
		assertThatCode(() -> PasswordPolicy.check("password", "alice", "twelve-chars")).doesNotThrowAnyException();
	}

	@Test
	void rejectsPasswordsLongerThan128Characters() {
		assertRejected("abcdefghij".repeat(13), "account.password.tooLong");
	}

	@Test
	void rejectsPasswordsContainingTheUsernameInAnyCase() {
		assertRejected("my-ALICE-password", "account.password.containsUsername");
	}

	@Test
	void rejectsCommonPasswordsAndPasswordsOfFewDistinctCharacters() {
		assertRejected("Password1234", "account.password.tooCommon");
		assertRejected("abababababababab", "account.password.tooCommon");
	}

	@Test
	void namesTheFieldItWasGiven() {
		assertThatThrownBy(() -> PasswordPolicy.check("OWNERSHIP_ADMIN_PASSWORD", "admin", "short"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> org.assertj.core.api.Assertions.assertThat(ex.field())
						.isEqualTo("OWNERSHIP_ADMIN_PASSWORD"));
	}

	private static void assertRejected(String password, String code) {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "alice", password))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				org.assertj.core.api.Assertions.assertThat(ex.field()).isEqualTo("password");
				org.assertj.core.api.Assertions.assertThat(ex.code()).isEqualTo(code);
			});
	}

}
