package io.ownership.core.risk.guardrail;

import java.time.LocalDate;
import java.util.List;

/**
 * The guardrails' verdict on a proposed acceptance: autonomous when no rule fired,
 * otherwise escalated with every rule that fired.
 *
 * @param reasons the rules that fired, empty when autonomous
 * @param latestExpiry the latest expiry the guardrails allow for the risk's level
 * @param approvalsNeeded distinct security managers who must approve if escalated
 */
public record GuardrailEvaluation(List<GuardrailReason> reasons, LocalDate latestExpiry, int approvalsNeeded) {

	public GuardrailEvaluation {
		reasons = List.copyOf(reasons);
	}

	public Verdict verdict() {
		return this.reasons.isEmpty() ? Verdict.AUTONOMOUS : Verdict.ESCALATE;
	}

	public boolean autonomous() {
		return this.reasons.isEmpty();
	}

	public boolean fired(GuardrailRule rule) {
		return this.reasons.stream().anyMatch((reason) -> reason.rule() == rule);
	}

	/**
	 * Whether the risk owner may decide alone.
	 */
	public enum Verdict {

		AUTONOMOUS, ESCALATE

	}

}
