package io.ownership.core.review;

import java.util.Optional;

/**
 * Port: loads and stores reviews with their participants.
 */
public interface ReviewRepository {

	Optional<Review> findById(ReviewId id);

	void save(Review review);

}
