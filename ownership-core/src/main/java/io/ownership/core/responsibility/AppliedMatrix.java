package io.ownership.core.responsibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyId;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * A published matrix applied to one product: every party resolved to the product's teams
 * and people.
 *
 * @param useCase the use case
 * @param useCaseName its name
 * @param mandatory whether it is mandatory
 * @param version the published version applied
 * @param resolutions who stands behind each party, by party
 */
public record AppliedMatrix(UseCaseId useCase, String useCaseName, boolean mandatory, MatrixVersion version,
		Map<PartyId, Resolution> resolutions) {

	private static final List<Raci> ORDER = List.of(Raci.ACCOUNTABLE, Raci.RESPONSIBLE, Raci.CONSULTED, Raci.INFORMED);

	/**
	 * One letter of a row with who stands behind it.
	 */
	public record Assignment(Raci raci, Party party, Resolution resolution) {
	}

	public AppliedMatrix {
		resolutions = Map.copyOf(resolutions);
	}

	/**
	 * The letters of an activity, accountable first, then responsible, consulted,
	 * informed; columns in their order within each letter.
	 */
	public List<Assignment> assignments(ActivityId activity) {
		List<Assignment> assignments = new ArrayList<>();
		for (Raci raci : ORDER) {
			for (Party party : this.version.content().partiesWith(activity, raci)) {
				assignments.add(new Assignment(raci, party, this.resolutions.get(party.id())));
			}
		}
		return assignments;
	}

}
