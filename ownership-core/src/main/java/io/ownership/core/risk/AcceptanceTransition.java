package io.ownership.core.risk;

import java.time.Instant;

/**
 * One step of an acceptance's life: from which state to which, who took it, when, what
 * they wrote, and the risk as it was then.
 *
 * @param from the state before, null for the request itself
 * @param to the state after (the same as before for a first approval of two)
 * @param action what was done: requested, approved, rejected, withdrawn, revoked,
 * expired, superseded, markedForReview
 */
public record AcceptanceTransition(AcceptanceStatus from, AcceptanceStatus to, String action, String actor, Instant at,
		String comment, RiskSnapshot risk) {

}
