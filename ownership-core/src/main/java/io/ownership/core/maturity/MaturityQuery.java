package io.ownership.core.maturity;

import java.util.List;

import io.ownership.core.catalog.TeamId;

/**
 * Port: reads for the maturity pages, each in a fixed number of statements.
 */
public interface MaturityQuery {

	/** The team's assessments with their answers, oldest period first. */
	List<Assessment> history(TeamId team);

	/**
	 * For each team (whose name contains the filter, when given), its latest accepted
	 * assessment with its answers, ordered by team name.
	 */
	List<TeamAssessment> latestAccepted(String nameFilter);

	/**
	 * A team's name with one of its assessments.
	 */
	record TeamAssessment(TeamId team, String teamName, Assessment assessment) {

	}

}
