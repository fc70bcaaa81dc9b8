package io.ownership.core.risk.acceptance;

import io.ownership.core.catalog.Names;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.InvalidInputException;

/**
 * What the security managers' approvals inbox shows: requests waiting at least
 * {@code minAgeDays} days, of products whose name contains {@code productName}, at one
 * level; each absent when null.
 */
public record ApprovalFilter(Integer minAgeDays, String productName, RiskLevel level) {

	public static final ApprovalFilter ALL = new ApprovalFilter(null, null, null);

	public ApprovalFilter {
		if (minAgeDays != null && (minAgeDays < 0 || minAgeDays > 3650)) {
			throw new InvalidInputException("minAgeDays", "approvals.filter.age", "Between 0 and 3650 days", 0, 3650);
		}
		productName = Names.optional("productName", productName, 200);
	}

}
