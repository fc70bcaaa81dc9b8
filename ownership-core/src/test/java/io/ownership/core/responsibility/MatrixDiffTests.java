package io.ownership.core.responsibility;

import java.time.Instant;

import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixContent;
import io.ownership.core.responsibility.matrix.MatrixDiff;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.UseCaseId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixDiffTests {

	@Test
	void listsChangedCellsAddedAndRemovedRowsAndColumns() {
		Matrix matrix = Matrix.empty(UseCaseId.random());
		Party dev = matrix.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		Party platform = matrix.addParty(Party.of(PartyRole.PLATFORM_TEAM));
		Activity patch = matrix.addActivity("Patch base images", null);
		Activity scan = matrix.addActivity("Scan images", null);
		matrix.assign(patch.id(), platform.id(), Raci.ACCOUNTABLE);
		matrix.assign(patch.id(), dev.id(), Raci.RESPONSIBLE);
		matrix.assign(scan.id(), platform.id(), Raci.ACCOUNTABLE);
		matrix.assign(scan.id(), dev.id(), Raci.RESPONSIBLE);
		MatrixVersion first = matrix.publish("manager", Instant.EPOCH);

		matrix.assign(patch.id(), dev.id(), Raci.INFORMED);
		matrix.assign(patch.id(), platform.id(), Raci.RESPONSIBLE);
		Party risk = matrix.addParty(Party.of(PartyRole.RISK_OWNER));
		matrix.assign(patch.id(), risk.id(), Raci.ACCOUNTABLE);
		matrix.removeActivity(scan.id());
		Activity accept = matrix.addActivity("Accept residual risk", null);
		matrix.assign(accept.id(), risk.id(), Raci.ACCOUNTABLE);
		matrix.assign(accept.id(), dev.id(), Raci.RESPONSIBLE);
		matrix.renameActivity(patch.id(), "Patch the base images", null);
		MatrixVersion second = matrix.publish("manager", Instant.EPOCH);

		MatrixDiff diff = MatrixDiff.between(first.content(), second.content());
		assertThat(diff.addedActivities()).extracting(Activity::name).containsExactly("Accept residual risk");
		assertThat(diff.removedActivities()).extracting(Activity::name).containsExactly("Scan images");
		assertThat(diff.renamedActivities()).extracting(Activity::name).containsExactly("Patch the base images");
		assertThat(diff.addedParties()).containsExactly(risk);
		assertThat(diff.removedParties()).isEmpty();
		assertThat(diff.cells())
			.extracting((change) -> change.activity().id(), (change) -> change.party().role(),
					MatrixDiff.CellChange::before, MatrixDiff.CellChange::after)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(patch.id(), PartyRole.DEVELOPMENT_TEAM, Raci.RESPONSIBLE,
							Raci.INFORMED),
					org.assertj.core.groups.Tuple.tuple(patch.id(), PartyRole.PLATFORM_TEAM, Raci.ACCOUNTABLE,
							Raci.RESPONSIBLE),
					org.assertj.core.groups.Tuple.tuple(patch.id(), PartyRole.RISK_OWNER, null, Raci.ACCOUNTABLE),
					org.assertj.core.groups.Tuple.tuple(accept.id(), PartyRole.DEVELOPMENT_TEAM, null,
							Raci.RESPONSIBLE),
					org.assertj.core.groups.Tuple.tuple(accept.id(), PartyRole.RISK_OWNER, null, Raci.ACCOUNTABLE),
					org.assertj.core.groups.Tuple.tuple(scan.id(), PartyRole.DEVELOPMENT_TEAM, Raci.RESPONSIBLE, null),
					org.assertj.core.groups.Tuple.tuple(scan.id(), PartyRole.PLATFORM_TEAM, Raci.ACCOUNTABLE, null));
	}

	@Test
	void aVersionDiffersFromItselfInNothing() {
		Matrix matrix = Matrix.empty(UseCaseId.random());
		Party dev = matrix.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		Activity fix = matrix.addActivity("Fix code", null);
		matrix.assign(fix.id(), dev.id(), Raci.ACCOUNTABLE);
		MatrixContent content = matrix.content();
		assertThat(MatrixDiff.between(content, content).isEmpty()).isTrue();
	}

}
