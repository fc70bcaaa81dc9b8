package io.ownership.web.maturity;

import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.maturity.MaturityQuery;

import org.springframework.stereotype.Component;

/**
 * What the team dashboard's maturity panel shows, read by its fragment
 * ({@code @maturityPanels}): the team's latest assessment.
 */
@Component("maturityPanels")
public class MaturityPanels {

	private final MaturityQuery query;

	MaturityPanels(MaturityQuery query) {
		this.query = query;
	}

	public Panel team(UUID team) {
		TeamId id = new TeamId(team);
		MaturityQuery.Latest latest = this.query.latestOf(id).orElse(null);
		return new Panel((latest == null) ? null : latest.period().label(),
				(latest == null) ? null : MaturityLabels.status(latest.status()), MaturityLabels.team(team));
	}

	/**
	 * The team's latest assessment: its period (or null when there is none) and status,
	 * and the link to the team's maturity.
	 */
	public record Panel(String latestLabel, MaturityLabels.Badge status, String href) {

	}

}
