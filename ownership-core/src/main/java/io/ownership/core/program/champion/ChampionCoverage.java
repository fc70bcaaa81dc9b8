package io.ownership.core.program.champion;

import io.ownership.core.catalog.TeamId;

/**
 * Port: champion coverage of one team (for its dashboard) and of the organization.
 */
public interface ChampionCoverage {

	TeamCoverage forTeam(TeamId team);

	Coverage organization();

}
