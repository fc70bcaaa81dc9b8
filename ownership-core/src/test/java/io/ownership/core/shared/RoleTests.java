package io.ownership.core.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTests {

	@Test
	void parsesNamesInAnyCaseWithSurroundingSpaces() {
		assertThat(Role.parse("roles", List.of("admin", " Auditor ", "TEAM_MEMBER")))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR, Role.TEAM_MEMBER);
	}

	@Test
	void collapsesRepeatedNames() {
		assertThat(Role.parse("roles", List.of("ADMIN", "admin"))).containsExactly(Role.ADMIN);
	}

	@Test
	void parsesNoNamesToNoRoles() {
		assertThat(Role.parse("roles", List.of())).isEmpty();
	}

	@Test
	void rejectsAnUnknownNameOnTheGivenFieldNamingIt() {
		assertThatThrownBy(() -> Role.parse("roles", List.of("ADMIN", "NOPE")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("roles");
				assertThat(ex.code()).isEqualTo("account.role.unknown");
				assertThat(ex.arguments()).containsExactly("NOPE");
			});
	}

}
