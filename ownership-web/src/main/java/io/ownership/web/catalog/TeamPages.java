package io.ownership.web.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.responsibility.ResponsibilityGaps;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.risk.TeamRiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.web.dashboard.TeamKpiView;

import org.springframework.stereotype.Component;

/**
 * Builds the team dashboard's {@link TeamPage} in one place, from the catalog's team and
 * the other features' read ports.
 */
@Component
class TeamPages {

	static final int OPEN_RISKS_SHOWN = 20;

	static final int EXPIRING_WITHIN_DAYS = 30;

	static final int REVIEWS_SHOWN = 5;

	/** Assets shown per list on the dashboard unless all are asked for. */
	static final int ASSETS_SHOWN = 20;

	private final CatalogEditing editing;

	private final ChampionCoverage championCoverage;

	private final ResponsibilityGaps responsibilityGaps;

	private final TeamRiskQuery risks;

	private final TeamKpiView teamKpis;

	private final ActionQuery actions;

	private final ReviewQuery reviews;

	private final Clock clock;

	TeamPages(CatalogEditing editing, ChampionCoverage championCoverage, ResponsibilityGaps responsibilityGaps,
			TeamRiskQuery risks, TeamKpiView teamKpis, ActionQuery actions, ReviewQuery reviews, Clock clock) {
		this.editing = editing;
		this.championCoverage = championCoverage;
		this.responsibilityGaps = responsibilityGaps;
		this.risks = risks;
		this.teamKpis = teamKpis;
		this.actions = actions;
		this.reviews = reviews;
		this.clock = clock;
	}

	TeamPage dashboard(Actor actor, TeamDashboard team, boolean allAssets) {
		TeamId teamId = new TeamId(team.id());
		LocalDate today = LocalDate.now(this.clock);
		return new TeamPage(team, this.editing.mayEditEverything(actor), shown(team.ownedAssets(), allAssets),
				shown(team.responsibleFor(), allAssets), shown(team.inherited(), allAssets),
				this.championCoverage.forTeam(teamId), this.responsibilityGaps.forTeam(teamId),
				this.risks.openRisks(team.id(), today, OPEN_RISKS_SHOWN),
				this.risks.expiringAcceptances(team.id(), today, EXPIRING_WITHIN_DAYS), EXPIRING_WITHIN_DAYS,
				this.teamKpis.of(team.id()), this.actions.ofTeam(teamId, today),
				this.reviews.latestOfTeam(teamId, REVIEWS_SHOWN));
	}

	/**
	 * The first assets of a list: a team can own or inherit hundreds, which the dashboard
	 * shows on demand rather than on every visit.
	 */
	private static <T> List<T> shown(List<T> assets, boolean all) {
		return (all || assets.size() <= ASSETS_SHOWN) ? assets : assets.subList(0, ASSETS_SHOWN);
	}

}
