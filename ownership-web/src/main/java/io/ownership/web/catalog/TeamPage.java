package io.ownership.web.catalog;

import java.util.List;

import io.ownership.core.action.ActionRow;
import io.ownership.core.catalog.view.AssetRow;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.core.program.champion.TeamCoverage;
import io.ownership.core.responsibility.Gap;
import io.ownership.core.review.ReviewRow;
import io.ownership.core.risk.RiskRow;
import io.ownership.core.shared.Page;

/**
 * The team's ownership dashboard ready to show, built by {@link TeamPages}: the team, its
 * assets (the first {@link TeamPages#ASSETS_SHOWN} of each list unless all are asked for,
 * the totals in {@code team}), champion coverage, responsibility gaps, the first open
 * risks and expiring acceptances with their totals, indicators, follow-up actions and
 * reviews, and whether the viewer may edit it.
 *
 * @param expiringWithinDays how far ahead {@code expiringAcceptances} look
 */
record TeamPage(TeamDashboard team, boolean mayEdit, List<AssetRow> ownedAssets, List<AssetRow> responsibleAssets,
		List<AssetRow> inheritedAssets, TeamCoverage championCoverage, List<Gap> responsibilityGaps,
		Page<RiskRow> openRisks, Page<RiskRow> expiringAcceptances, int expiringWithinDays, List<?> teamKpis,
		List<ActionRow> teamActions, List<ReviewRow> teamReviews) {

}
