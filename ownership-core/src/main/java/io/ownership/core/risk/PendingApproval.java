package io.ownership.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request waiting in the security managers' inbox, with why it escalated.
 */
public record PendingApproval(UUID acceptanceId, long version, UUID riskId, String riskTitle, String productName,
		RiskLevel level, int score, String requestedBy, String requesterName, Instant requestedAt, LocalDate expiresOn,
		String justification, String compensatingControls, List<GuardrailReason> reasons, int approvalsNeeded,
		List<String> approvers) {

}
