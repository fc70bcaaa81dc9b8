package io.ownership.core.program.champion;

/**
 * Port: the points per kind of contribution.
 */
public interface ContributionPointsRepository {

	ContributionPoints load();

	void save(ContributionPoints points);

}
