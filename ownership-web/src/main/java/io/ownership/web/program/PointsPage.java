package io.ownership.web.program;

import java.util.List;

import io.ownership.core.program.champion.ContributionKind;

/**
 * The points page's kinds of contribution, one field each, built by
 * {@link ChampionPages}; the bound {@link PointsForm} is beside it in the model.
 *
 * @param maySave whether the viewer sets the points (a security manager)
 */
record PointsPage(List<ContributionKind> kinds, boolean maySave) {

}
