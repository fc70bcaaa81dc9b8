package io.ownership.core.review;

import java.util.List;
import java.util.Optional;

import io.ownership.core.catalog.TeamId;

/**
 * Port: reviews as the team's list and one review's page, one statement each.
 */
public interface ReviewQuery {

	/** The team's reviews, the latest first. */
	List<ReviewRow> ofTeam(TeamId team);

	/** The team's latest reviews, at most {@code limit} of them (for the team's page). */
	List<ReviewRow> latestOfTeam(TeamId team, int limit);

	Optional<ReviewRow> one(ReviewId id);

}
