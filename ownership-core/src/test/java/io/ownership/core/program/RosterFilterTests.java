package io.ownership.core.program;

import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.RosterFilter;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterFilterTests {

	@Test
	void aBlankSearchSearchesNothingAndAnotherIsTrimmed() {
		assertThat(new RosterFilter("  ", false, null).text()).isNull();
		assertThat(new RosterFilter(" Payments ", false, null).text()).isEqualTo("Payments");
	}

	@Test
	void refusesTheStatusOfChampionsWhoSteppedDownWhomTheRosterDoesNotShow() {
		assertThatThrownBy(() -> new RosterFilter(null, false, ChampionStatus.STEPPED_DOWN))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("status");
				assertThat(ex.code()).isEqualTo("champions.filter.status");
			});
	}

}
