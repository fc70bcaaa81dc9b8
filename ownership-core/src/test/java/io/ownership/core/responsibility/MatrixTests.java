package io.ownership.core.responsibility;

import java.time.Instant;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Cell;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixRuleException;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyId;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.matrix.Violation;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private Matrix matrix;

	private Party dev;

	private Party platform;

	private Activity patch;

	@BeforeEach
	void draft() {
		this.matrix = Matrix.empty(UseCaseId.random());
		this.dev = this.matrix.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		this.platform = this.matrix.addParty(Party.of(PartyRole.PLATFORM_TEAM));
		this.patch = this.matrix.addActivity("Patch base images", null);
	}

	@Test
	void reportsMissingAccountableAndResponsibleOnTheRow() {
		assertThat(this.matrix.violations()).extracting(Violation::rule, Violation::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Rule.NO_ACCOUNTABLE, 1),
					org.assertj.core.groups.Tuple.tuple(Violation.Rule.NO_RESPONSIBLE, 1));
	}

	@Test
	void acceptsOneAccountableAndOneResponsible() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.RESPONSIBLE);
		assertThat(this.matrix.violations()).isEmpty();
	}

	@Test
	void allowsAccountableWhoIsAlsoTheOnlyResponsibleNowhere() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		assertThat(this.matrix.violations()).extracting(Violation::rule).containsExactly(Violation.Rule.NO_RESPONSIBLE);
	}

	@Test
	void reportsSecondAccountableWithTheCount() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.ACCOUNTABLE);
		Party security = this.matrix.addParty(Party.of(PartyRole.PRODUCT_SECURITY_TEAM));
		this.matrix.assign(this.patch.id(), security.id(), Raci.RESPONSIBLE);
		assertThat(this.matrix.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(Violation.Rule.SEVERAL_ACCOUNTABLE);
			assertThat(violation.count()).isEqualTo(2);
			assertThat(violation.activity()).isEqualTo(this.patch.id());
		});
	}

	@Test
	void reportsEveryViolatingRowWithItsPosition() {
		Activity triage = this.matrix.addActivity("Triage findings", null);
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.ACCOUNTABLE);
		this.matrix.assign(triage.id(), this.dev.id(), Raci.RESPONSIBLE);
		assertThat(this.matrix.violations()).extracting(Violation::row, Violation::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, Violation.Rule.SEVERAL_ACCOUNTABLE),
					org.assertj.core.groups.Tuple.tuple(1, Violation.Rule.NO_RESPONSIBLE),
					org.assertj.core.groups.Tuple.tuple(2, Violation.Rule.NO_ACCOUNTABLE));
	}

	@Test
	void aPartyHoldsOneLetterPerActivityTheNewReplacingTheOld() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.RESPONSIBLE);
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		assertThat(this.matrix.letter(this.patch.id(), this.platform.id())).isEqualTo(Raci.ACCOUNTABLE);
		assertThat(this.matrix.content().cells()).hasSize(1);
		assertThat(this.matrix.violations()).extracting(Violation::rule).containsExactly(Violation.Rule.NO_RESPONSIBLE);
	}

	@Test
	void emptiesACell() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.RESPONSIBLE);
		this.matrix.assign(this.patch.id(), this.platform.id(), null);
		assertThat(this.matrix.content().cells()).isEmpty();
	}

	@Test
	void refusesTheSameRoleTwiceAsAColumn() {
		assertThatThrownBy(() -> this.matrix.addParty(Party.of(PartyRole.PLATFORM_TEAM)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("code", "matrix.party.duplicate");
	}

	@Test
	void refusesTheSameFixedTeamTwiceAsAColumn() {
		TeamId team = TeamId.random();
		this.matrix.addParty(Party.of(team));
		assertThatThrownBy(() -> this.matrix.addParty(Party.of(team))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aPartyIsARoleOrATeamNeverBoth() {
		assertThatThrownBy(() -> new Party(PartyId.random(), PartyRole.RISK_OWNER, TeamId.random(), null))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Party(PartyId.random(), null, null, null))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void anEmptyMatrixCannotBePublished() {
		Matrix empty = Matrix.empty(UseCaseId.random());
		assertThat(empty.violations()).extracting(Violation::rule).containsExactly(Violation.Rule.NO_ACTIVITY);
		assertThatThrownBy(() -> empty.publish("manager", NOW)).isInstanceOf(MatrixRuleException.class);
	}

	@Test
	void refusesToPublishADraftThatBreaksTheRulesListingEveryViolation() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.ACCOUNTABLE);
		assertThatThrownBy(() -> this.matrix.publish("manager", NOW)).isInstanceOfSatisfying(MatrixRuleException.class,
				(ex) -> assertThat(ex.violations()).extracting(Violation::rule)
					.containsExactly(Violation.Rule.SEVERAL_ACCOUNTABLE, Violation.Rule.NO_RESPONSIBLE));
		assertThat(this.matrix.latestVersion()).isZero();
	}

	@Test
	void publishingMakesTheNextVersionWithWhoAndWhen() {
		valid();
		MatrixVersion first = this.matrix.publish("manager", NOW);
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.publishedBy()).isEqualTo("manager");
		assertThat(first.publishedAt()).isEqualTo(NOW);
		Party security = this.matrix.addParty(Party.of(PartyRole.PRODUCT_SECURITY_TEAM));
		this.matrix.assign(this.patch.id(), security.id(), Raci.INFORMED);
		MatrixVersion second = this.matrix.publish("other", NOW.plusSeconds(60));
		assertThat(second.number()).isEqualTo(2);
		assertThat(first.content().parties()).hasSize(2);
		assertThat(first.content().letter(this.patch.id(), security.id())).isNull();
		assertThat(second.content().letter(this.patch.id(), security.id())).isEqualTo(Raci.INFORMED);
	}

	@Test
	void aPublishedVersionDoesNotChangeWhenTheDraftDoes() {
		valid();
		MatrixVersion first = this.matrix.publish("manager", NOW);
		this.matrix.removeActivity(this.patch.id());
		assertThat(first.content().activities()).extracting(Activity::name).containsExactly("Patch base images");
		assertThat(first.content().letter(this.patch.id(), this.platform.id())).isEqualTo(Raci.ACCOUNTABLE);
	}

	@Test
	void refusesToPublishAnUnchangedDraftAgain() {
		valid();
		this.matrix.publish("manager", NOW);
		assertThatThrownBy(() -> this.matrix.publish("manager", NOW)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "matrix.publish.unchanged");
	}

	@Test
	void everyChangeCountsUpTheRevision() {
		long before = this.matrix.revision();
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.RESPONSIBLE);
		this.matrix.renameActivity(this.patch.id(), "Patch the base images", "weekly");
		assertThat(this.matrix.revision()).isEqualTo(before + 2);
	}

	@Test
	void refusesAChangeOnAStaleRevisionWithTheCellsCurrentLetter() {
		long seen = this.matrix.revision();
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.RESPONSIBLE);
		Cell cell = new Cell(this.patch.id(), this.dev.id());
		assertThatThrownBy(() -> this.matrix.requireRevision(seen, cell))
			.isInstanceOfSatisfying(StaleDraftException.class, (ex) -> {
				assertThat(ex.currentLetter()).isEqualTo(Raci.RESPONSIBLE);
				assertThat(ex.currentRevision()).isEqualTo(seen + 1);
				assertThat(ex.cell()).isEqualTo(cell);
			});
		this.matrix.requireRevision(seen + 1, cell);
	}

	@Test
	void reordersRowsAndColumnsAndRefusesToMovePastTheEdge() {
		Activity triage = this.matrix.addActivity("Triage findings", null);
		this.matrix.moveActivity(triage.id(), Matrix.Direction.UP);
		assertThat(this.matrix.activities()).extracting(Activity::name)
			.containsExactly("Triage findings", "Patch base images");
		this.matrix.moveParty(this.dev.id(), Matrix.Direction.DOWN);
		assertThat(this.matrix.parties()).extracting(Party::role)
			.containsExactly(PartyRole.PLATFORM_TEAM, PartyRole.DEVELOPMENT_TEAM);
		assertThatThrownBy(() -> this.matrix.moveActivity(triage.id(), Matrix.Direction.UP))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void removingARowOrColumnRemovesItsCells() {
		valid();
		this.matrix.removeParty(this.platform.id());
		assertThat(this.matrix.content().cells()).containsOnlyKeys(new Cell(this.patch.id(), this.dev.id()));
		this.matrix.removeActivity(this.patch.id());
		assertThat(this.matrix.content().cells()).isEmpty();
	}

	@Test
	void relabelsAParty() {
		this.matrix.relabelParty(this.dev.id(), "  Feature team  ");
		assertThat(this.matrix.parties().get(0).label()).isEqualTo("Feature team");
	}

	@Test
	void readsLettersAndNone() {
		assertThat(Raci.ofLetter("a")).isEqualTo(Raci.ACCOUNTABLE);
		assertThat(Raci.ofLetter("none")).isNull();
		assertThat(Raci.ofLetter("")).isNull();
		assertThatThrownBy(() -> Raci.ofLetter("X")).isInstanceOf(InvalidInputException.class);
	}

	private void valid() {
		this.matrix.assign(this.patch.id(), this.platform.id(), Raci.ACCOUNTABLE);
		this.matrix.assign(this.patch.id(), this.dev.id(), Raci.RESPONSIBLE);
	}

}
