package io.ownership.core.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review as lists and its page show it: the team's and participants' names, and how
 * many of its actions are open out of all.
 */
public record ReviewRow(ReviewId id, UUID teamId, String teamName, ReviewKind kind, LocalDate heldOn,
		List<String> participants, String notes, int openActions, int actions) {

}
