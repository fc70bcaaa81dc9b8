package io.ownership.core.maturity;

import java.util.Map;

import io.ownership.core.catalog.TeamId;

/**
 * Port: the organization's targets per practice and a team's overrides.
 */
public interface TargetRepository {

	Targets targets(TeamId team);

	Map<String, Double> organization();

	void replaceOrganization(Map<String, Double> targets);

	void replaceTeam(TeamId team, Map<String, Double> targets);

}
