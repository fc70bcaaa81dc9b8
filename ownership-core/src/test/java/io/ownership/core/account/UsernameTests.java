package io.ownership.core.account;

import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsernameTests {

	@Test
	void storesNamesTrimmedAndLowerCaseSoThatCaseDoesNotMakeThemDifferent() {
		assertThat(new Username("  Alice.Smith@Corp ")).isEqualTo(new Username("alice.smith@corp"));
		assertThat(new Username("PO-A").value()).isEqualTo("po-a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a1", "dev_a", "po-platform", "x.y@z" })
	void acceptsLettersDigitsAndTheAllowedPunctuation(String name) {
		assertThat(new Username(name).value()).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "a", "-dash", ".dot", "with space", "semi;colon", "ümlaut" })
	void rejectsMalformedNamesOnTheUsernameField(String name) {
		assertThatThrownBy(() -> new Username(name)).isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
			assertThat(ex.field()).isEqualTo("username");
			assertThat(ex.code()).isEqualTo("account.username.format");
		});
	}

	@Test
	void rejectsNullAndNamesLongerThanSixtyCharacters() {
		assertThatThrownBy(() -> new Username(null)).isInstanceOf(InvalidInputException.class);
		assertThat(new Username("a".repeat(60)).value()).hasSize(60);
		assertThatThrownBy(() -> new Username("a".repeat(61))).isInstanceOf(InvalidInputException.class);
	}

}
