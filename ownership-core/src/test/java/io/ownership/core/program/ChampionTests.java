package io.ownership.core.program;

import java.time.LocalDate;
import java.util.Map;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChampionTests {

	private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

	private final Champion champion = Champion.nominate(PersonId.random(), TeamId.random(), MARCH_1);

	@Test
	void goesFromNominatedToActiveToSteppedDownKeepingTheDays() {
		this.champion.activate(MARCH_1.plusDays(3));
		this.champion.stepDown(MARCH_1.plusDays(40));

		assertThat(this.champion.status()).isEqualTo(ChampionStatus.STEPPED_DOWN);
		assertThat(this.champion.nominatedOn()).isEqualTo(MARCH_1);
		assertThat(this.champion.activatedOn()).isEqualTo(MARCH_1.plusDays(3));
		assertThat(this.champion.steppedDownOn()).isEqualTo(MARCH_1.plusDays(40));
	}

	@Test
	void refusesToActivateTwice() {
		this.champion.activate(MARCH_1);

		assertThatThrownBy(() -> this.champion.activate(MARCH_1)).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("champion.activate.onlyNominated");
	}

	@Test
	void refusesToStepDownBeforeBeingActive() {
		assertThatThrownBy(() -> this.champion.stepDown(MARCH_1)).isInstanceOf(DomainException.class)
			.hasMessageContaining("Only an active champion can step down");
	}

	@Test
	void refusesToReactivateAfterSteppingDown() {
		this.champion.activate(MARCH_1);
		this.champion.stepDown(MARCH_1.plusDays(1));

		assertThatThrownBy(() -> this.champion.activate(MARCH_1.plusDays(2))).isInstanceOf(DomainException.class)
			.hasMessageContaining("STEPPED_DOWN");
		assertThatThrownBy(() -> this.champion.allocate(new TimeAllocation(4, TimeUnit.HOURS_PER_SPRINT)))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("champion.steppedDown");
	}

	@Test
	void refusesActivationBeforeTheNomination() {
		assertThatThrownBy(() -> this.champion.activate(MARCH_1.minusDays(1)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void recognizesContributionsOnlyWhileActiveAndDatedInTheActivePeriod() {
		Contribution review = new Contribution(ContributionKind.SECURITY_REVIEW, MARCH_1.plusDays(5), "Login flow");
		assertThatThrownBy(() -> this.champion.recognize(review, MARCH_1.plusDays(10)))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo("champion.contribution.onlyActive");

		this.champion.activate(MARCH_1.plusDays(2));
		assertThatThrownBy(() -> this.champion.recognize(review, MARCH_1.plusDays(4)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.champion
			.recognize(new Contribution(ContributionKind.OTHER, MARCH_1.plusDays(1), null), MARCH_1.plusDays(10)))
			.isInstanceOf(InvalidInputException.class);

		this.champion.recognize(review, MARCH_1.plusDays(5));
		assertThat(this.champion.contributions()).containsExactly(review);
	}

	@Test
	void countsPointsOfTheYearWithTheConfiguredPointsPerKind() {
		Champion champion = Champion.nominate(PersonId.random(), TeamId.random(), LocalDate.of(2025, 11, 1));
		champion.activate(LocalDate.of(2025, 12, 1));
		champion.recognize(
				new Contribution(ContributionKind.THREAT_MODEL_FACILITATED, LocalDate.of(2025, 12, 20), null), MARCH_1);
		champion.recognize(new Contribution(ContributionKind.THREAT_MODEL_FACILITATED, LocalDate.of(2026, 1, 5), null),
				MARCH_1);
		champion.recognize(new Contribution(ContributionKind.COMMUNITY_TALK, LocalDate.of(2026, 2, 5), null), MARCH_1);
		ContributionPoints points = new ContributionPoints(
				Map.of(ContributionKind.THREAT_MODEL_FACILITATED, 10, ContributionKind.COMMUNITY_TALK, 3));

		assertThat(champion.points(2026, points)).isEqualTo(13);
		assertThat(champion.points(2025, points)).isEqualTo(10);
	}

	@Test
	void refusesPointsOutOfRange() {
		assertThatThrownBy(() -> new ContributionPoints(Map.of(ContributionKind.OTHER, 101)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new ContributionPoints(Map.of(ContributionKind.OTHER, -1)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesTimeOutOfRangeForItsUnit() {
		assertThat(new TimeAllocation(100, TimeUnit.PERCENT).amount()).isEqualTo(100);
		assertThatThrownBy(() -> new TimeAllocation(81, TimeUnit.HOURS_PER_SPRINT))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new TimeAllocation(0, TimeUnit.PERCENT)).isInstanceOf(InvalidInputException.class);
	}

}
