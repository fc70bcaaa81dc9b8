package io.ownership.core.maturity;

import java.util.Optional;

import io.ownership.core.catalog.TeamId;

/**
 * Port: loads and stores assessments whole, with their answers. A save checks the
 * assessment's version and, for each changed answer, the answer's version, and throws
 * {@link io.ownership.core.shared.StaleVersionException} when someone else saved first.
 */
public interface AssessmentRepository {

	Optional<Assessment> findById(AssessmentId id);

	Optional<Assessment> find(TeamId team, Period period);

	/** The team's latest assessment of a period before the given one. */
	Optional<Assessment> latestBefore(TeamId team, Period period);

	void save(Assessment assessment);

}
