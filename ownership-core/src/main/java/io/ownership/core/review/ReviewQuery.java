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

	Optional<ReviewRow> one(ReviewId id);

}
