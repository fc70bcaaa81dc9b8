package io.ownership.web.risk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.risk.acceptance.PendingApproval;

import org.springframework.context.MessageSource;

/**
 * A request as its card in the approvals inbox shows it, every text, class and link
 * ready: the inbox renders it as plain markup.
 *
 * @param id the card's element id, the target of the request's notifications
 * @param requested the product, requester, request date and expiry in one line
 * @param reasons why the request escalated, one sentence each
 * @param approvedBy who approved it so far, null when nobody has
 * @param own whether the viewer requested it (and may not decide it)
 * @param error why the viewer's last decision of it was refused, else null
 * @param comment the comment of that refused decision, kept, else empty
 */
record ApprovalCard(UUID acceptanceId, String id, long version, String riskHref, String riskTitle, String levelClass,
		String level, int score, String requested, List<String> reasons, String justification,
		String compensatingControls, String approvalsGiven, String approvedBy, boolean own, String error,
		String comment) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	/**
	 * The refused decision the inbox says again after the redirect (flash attributes
	 * {@code approvalErrorId}, {@code approvalError}, {@code approvalComment}).
	 */
	record Refused(UUID acceptanceId, String error, String comment) {

	}

	static ApprovalCard of(PendingApproval pending, String viewer, Refused refused, MessageSource messages,
			Locale locale) {
		boolean mine = pending.acceptanceId().equals(refused.acceptanceId());
		return new ApprovalCard(pending.acceptanceId(), "approval-" + pending.acceptanceId(), pending.version(),
				"/risks/" + pending.riskId(), pending.riskTitle(), "badge risk-level-" + pending.level(),
				messages.getMessage("risk.level." + pending.level(), null, locale), pending.score(),
				messages.getMessage("approvals.requested",
						new Object[] { pending.productName(),
								(pending.requesterName() != null) ? pending.requesterName() : pending.requestedBy(),
								DAY.format(pending.requestedAt().atZone(ZoneId.systemDefault())),
								DAY.format(pending.expiresOn()) },
						locale),
				pending.reasons()
					.stream()
					.map((reason) -> messages.getMessage(reason.rule().messageKey(), reason.messageArguments(), locale))
					.toList(),
				pending.justification(), pending.compensatingControls(),
				messages.getMessage("acceptance.approvalsGiven",
						new Object[] { pending.approvers().size(), pending.approvalsNeeded() }, locale),
				pending.approvers().isEmpty() ? null
						: messages.getMessage("approvals.approvedBy",
								new Object[] { String.join(", ", pending.approvers()) }, locale),
				pending.requestedBy().equals(viewer), mine ? refused.error() : null,
				(mine && refused.comment() != null) ? refused.comment() : "");
	}

}
