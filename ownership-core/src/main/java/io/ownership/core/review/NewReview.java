package io.ownership.core.review;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * What a team records of a review it held.
 */
public record NewReview(TeamId team, ReviewKind kind, LocalDate heldOn, Set<PersonId> participants, String notes) {

}
