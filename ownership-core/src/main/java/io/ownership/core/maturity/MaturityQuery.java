package io.ownership.core.maturity;

import java.util.List;
import java.util.Optional;

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
	 * The period and status of the team's latest assessment, without its answers (the
	 * team dashboard's panel): one statement.
	 */
	Optional<Latest> latestOf(TeamId team);

	/**
	 * An assessment's period and status.
	 */
	record Latest(Period period, AssessmentStatus status) {

	}

	/**
	 * A team's name with one of its assessments.
	 */
	record TeamAssessment(TeamId team, String teamName, Assessment assessment) {

	}

}
