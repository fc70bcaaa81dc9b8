package io.ownership.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the register: the risk, its product, team and risk owner by name, and its
 * active acceptance's expiry if any.
 *
 * @param overdue in treatment and past its due date
 * @param acceptedUntil expiry of the active acceptance, null if none
 * @param acceptanceExpired open because its last acceptance expired
 * @param pendingAcceptance an acceptance request waits for approval
 * @param markedForReview the active acceptance must be renewed
 */
public record RiskRow(UUID id, String title, String reference, UUID productId, String productName, String teamName,
		String riskOwnerName, RiskLevel level, int score, RiskStatus status, LocalDate treatmentDue, boolean overdue,
		LocalDate acceptedUntil, boolean acceptanceExpired, boolean pendingAcceptance, boolean markedForReview,
		Instant identifiedAt) {

}
