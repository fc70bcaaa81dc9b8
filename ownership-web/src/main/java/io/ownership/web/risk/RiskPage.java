package io.ownership.web.risk;

import java.time.LocalDate;
import java.util.List;

import io.ownership.core.audit.AuditRecord;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskDetails;
import io.ownership.core.risk.Treatment;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Page;
import io.ownership.web.audit.HistoryLabels;

/**
 * What the risk page ({@code risk/detail}) shows, built in one place by
 * {@link RiskPages}; its forms are model attributes of their own so that their errors
 * stay bound.
 *
 * @param acceptances every acceptance of the risk, newest first
 * @param active the active acceptance, if any
 * @param pending the pending request, if any
 * @param covering whether the active acceptance counts as cover today
 * @param needsDecision whether the active acceptance was marked for review
 * @param expiredAcceptance whether the risk is open because its acceptance expired
 * @param maySeeRequester whether the viewer requested the pending acceptance
 * @param historyLabels the names and labels of the history's changes
 * @param acceptanceOpen whether the request form is shown (to the risk owner, when a
 * renewal makes sense)
 * @param latestExpiry the default and longest expiry of a request, when the form is shown
 * @param evaluation what the guardrails say of the form's expiry, null when it is not
 * valid
 * @param expiryProblem why the expiry is not valid, if it is not
 * @param refusal a refusal whose form is not on the page, said at its top
 * @param withdrawRefused the message key of a refused withdrawal, shown on the pending
 * request's card
 */
record RiskPage(Risk risk, RiskDetails details, boolean overdue, List<RiskAcceptance> acceptances,
		RiskAcceptance active, RiskAcceptance pending, boolean covering, boolean needsDecision,
		boolean expiredAcceptance, boolean riskOwner, boolean manager, boolean maySeeRequester, boolean canMaintain,
		Page<AuditRecord> history, HistoryLabels.Shown historyLabels, boolean acceptanceOpen, LocalDate latestExpiry,
		GuardrailEvaluation evaluation, InvalidInputException expiryProblem, String refusal, String withdrawRefused) {

	public List<Treatment> treatments() {
		return List.of(Treatment.values());
	}

	/**
	 * What a handler adds to the page it shows again: the guardrails' verdict it already
	 * has (the "Check" button), a refusal said at the top or on the pending card.
	 */
	record Feedback(boolean evaluated, GuardrailEvaluation evaluation, InvalidInputException expiryProblem,
			String refusal, String withdrawRefused) {

		static final Feedback NONE = new Feedback(false, null, null, null, null);

		static Feedback evaluated(GuardrailEvaluation evaluation, InvalidInputException problem) {
			return new Feedback(true, evaluation, problem, null, null);
		}

		static Feedback refusal(String text) {
			return new Feedback(false, null, null, text, null);
		}

		static Feedback withdrawRefused(String code, String text) {
			return new Feedback(false, null, null, text, code);
		}

	}

}
