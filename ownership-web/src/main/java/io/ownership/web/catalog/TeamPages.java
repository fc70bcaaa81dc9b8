package io.ownership.web.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.responsibility.ResponsibilityGaps;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.risk.TeamRiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.dashboard.TeamKpiView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the team dashboard's {@link TeamPage} in one place, from the catalog's team and
 * the other features' read ports, in one read-only transaction on one connection.
 */
@Component
class TeamPages {

	static final int OPEN_RISKS_SHOWN = 20;

	static final int EXPIRING_WITHIN_DAYS = 30;

	/** Acceptances about to expire shown on the dashboard; the register lists all. */
	static final int EXPIRING_SHOWN = 20;

	static final int REVIEWS_SHOWN = 5;

	/**
	 * Assets shown per list on the dashboard unless all are asked for: a team can own or
	 * inherit hundreds, which the dashboard shows on demand rather than on every visit.
	 */
	static final int ASSETS_SHOWN = 20;

	private final CatalogQuery query;

	private final CatalogEditing editing;

	private final ChampionCoverage championCoverage;

	private final ResponsibilityGaps responsibilityGaps;

	private final TeamRiskQuery risks;

	private final TeamKpiView teamKpis;

	private final ActionQuery actions;

	private final ReviewQuery reviews;

	private final Clock clock;

	TeamPages(CatalogQuery query, CatalogEditing editing, ChampionCoverage championCoverage,
			ResponsibilityGaps responsibilityGaps, TeamRiskQuery risks, TeamKpiView teamKpis, ActionQuery actions,
			ReviewQuery reviews, Clock clock) {
		this.query = query;
		this.editing = editing;
		this.championCoverage = championCoverage;
		this.responsibilityGaps = responsibilityGaps;
		this.risks = risks;
		this.teamKpis = teamKpis;
		this.actions = actions;
		this.reviews = reviews;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	TeamPage dashboard(Actor actor, UUID id, boolean allAssets) {
		TeamDashboard team = this.query.team(id, allAssets ? Integer.MAX_VALUE : ASSETS_SHOWN)
			.orElseThrow(() -> new NotFoundException("Team", id));
		TeamId teamId = new TeamId(team.id());
		LocalDate today = LocalDate.now(this.clock);
		return new TeamPage(team, this.editing.mayEditEverything(actor), team.ownedAssets(), team.responsibleFor(),
				team.inherited(), this.championCoverage.forTeam(teamId), this.responsibilityGaps.forTeam(teamId),
				this.risks.openRisks(team.id(), today, OPEN_RISKS_SHOWN),
				this.risks.expiringAcceptances(team.id(), today, EXPIRING_WITHIN_DAYS, EXPIRING_SHOWN),
				EXPIRING_WITHIN_DAYS, this.teamKpis.of(team.id()), this.actions.ofTeam(teamId, today),
				this.reviews.latestOfTeam(teamId, REVIEWS_SHOWN));
	}

}
