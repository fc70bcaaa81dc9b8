package io.ownership.core.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: what a home page leads with, each answer one statement whatever the size of the
 * organization.
 */
public interface HomeQuery {

	/**
	 * The person linked to the user account and the name to greet, or empty when the
	 * account has no person (the account's display name is then used).
	 */
	Optional<Me> me(String username);

	/**
	 * The risk owner's work on {@code today}, over the risks of the products whose risk
	 * owner is the person (the register's {@code owner} filter).
	 */
	OwnerWork ownerWork(UUID person, LocalDate today, int expiringWithinDays);

	/**
	 * The gate state of the person's active products (product owner or risk owner, as the
	 * home page's "your products"): failing first, then passing, then never evaluated,
	 * each by name.
	 */
	List<GateState> gateStates(UUID person);

	/**
	 * The latest acceptance decisions (requests inside the guardrails, approvals,
	 * rejections, revocations, expiries), newest first.
	 */
	List<Decision> latestDecisions(int limit);

	/**
	 * Accounts: how many are active, and how many are locked now.
	 */
	Accounts accounts(Instant now);

	/**
	 * The person to greet.
	 *
	 * @param person the person, or null when the account has none
	 */
	record Me(UUID person, String name) {

	}

	/**
	 * What waits for a risk owner.
	 *
	 * @param undecided open risks waiting for the risk owner's decision (no treatment
	 * decided, no acceptance request pending)
	 * @param expiring active acceptances expiring within the days asked
	 * @param pending pending acceptance requests
	 * @param oldestPendingDays the age in days of the oldest pending request, or null
	 * @param overdue treatment plans past their due date
	 * @param expired risks open again after their acceptance expired, not renewed
	 */
	record OwnerWork(long undecided, long expiring, long pending, Long oldestPendingDays, long overdue, long expired) {

		public long total() {
			return this.undecided + this.expiring + this.pending + this.overdue + this.expired;
		}

	}

	/**
	 * An acceptance decision, with the names of the risk, product and actor.
	 */
	record Decision(UUID risk, String riskTitle, String productName, String action, String toStatus, String actorName,
			Instant occurredAt) {

	}

	/**
	 * A product's gate state now.
	 *
	 * @param failing whether its latest evaluation failed, null when never evaluated
	 * @param evaluatedAt when it was last evaluated, or null
	 */
	record GateState(UUID product, String name, Boolean failing, Instant evaluatedAt) {

	}

	record Accounts(long active, long inactive, long locked) {

	}

}
