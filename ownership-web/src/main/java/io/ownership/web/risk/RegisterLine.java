package io.ownership.web.risk;

import java.util.Locale;

import io.ownership.core.risk.RiskRow;

import org.springframework.context.MessageSource;

/**
 * A risk as a row of the register shows it, every label, date, class and link ready: the
 * register renders it as plain markup.
 *
 * @param needsDecisionHref the link to the renewal when the acceptance was marked for
 * review, else null
 * @param acceptedUntil "Accepted until …" while an acceptance covers the risk, else null
 * @param due the treatment's due date ("Overdue since …" when overdue), when no
 * acceptance covers the risk, else null
 * @param dueClass the due date's emphasis when overdue, else null
 */
record RegisterLine(String id, String href, String title, String reference, String productName, String teamName,
		String riskOwnerName, String levelClass, String level, int score, String status, String pending, String expired,
		String needsDecisionHref, String needsDecision, String acceptedUntil, String due, String dueClass) {

	static RegisterLine of(RiskRow row, MessageSource messages, Locale locale) {
		String href = "/risks/" + row.id();
		boolean covered = row.acceptedUntil() != null && !row.markedForReview();
		String due = null;
		if (!covered && row.treatmentDue() != null) {
			due = row.overdue() ? messages.getMessage("risks.overdueSince", new Object[] { row.treatmentDue() }, locale)
					: row.treatmentDue().toString();
		}
		return new RegisterLine("risk-" + row.id(), href, row.title(), row.reference(), row.productName(),
				row.teamName(), row.riskOwnerName(), "badge risk-level-" + row.level(),
				messages.getMessage("risk.level." + row.level(), null, locale), row.score(),
				messages.getMessage("risk.status." + row.status(), null, locale),
				row.pendingAcceptance() ? messages.getMessage("risks.pending", null, locale) : null,
				row.acceptanceExpired() ? messages.getMessage("risks.acceptanceExpired", null, locale) : null,
				row.markedForReview() ? href + "#request-acceptance" : null,
				row.markedForReview() ? messages.getMessage("acceptance.needsDecision", null, locale) : null,
				covered ? messages.getMessage("risks.acceptedUntil", new Object[] { row.acceptedUntil() }, locale)
						: null,
				due, (due != null && row.overdue()) ? "text-danger fw-semibold" : null);
	}

}
