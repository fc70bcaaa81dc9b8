package io.ownership.core.risk.acceptance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.guardrail.GuardrailReason;

/**
 * A request waiting in the security managers' inbox, with why it escalated.
 */
public record PendingApproval(UUID acceptanceId, long version, UUID riskId, String riskTitle, String productName,
		RiskLevel level, int score, String requestedBy, String requesterName, Instant requestedAt, LocalDate expiresOn,
		String justification, String compensatingControls, List<GuardrailReason> reasons, int approvalsNeeded,
		List<String> approvers) {

	/**
	 * Where a security manager decides a request: its card in the approvals inbox. The
	 * notifications of the request point there and stop counting as unread once it is
	 * decided.
	 */
	public static String link(AcceptanceId id) {
		return "/approvals#approval-" + id.value();
	}

}
