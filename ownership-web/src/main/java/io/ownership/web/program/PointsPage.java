package io.ownership.web.program;

import java.util.List;

import io.ownership.core.program.champion.ContributionKind;

/**
 * The points page's kinds of contribution, one field each; the bound {@link PointsForm}
 * is beside it in the model.
 */
record PointsPage(List<ContributionKind> kinds) {

	static PointsPage of() {
		return new PointsPage(List.of(ContributionKind.values()));
	}

}
