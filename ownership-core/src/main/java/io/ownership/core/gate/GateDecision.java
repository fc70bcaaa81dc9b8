package io.ownership.core.gate;

import java.time.Instant;
import java.util.List;

/**
 * The gate's answer: pass or fail, the reasons that fail it (in warn-only mode, that
 * would have failed it), the warnings, when, and the policy applied.
 */
public record GateDecision(Decision decision, GateMode mode, List<GateReason> reasons, List<GateReason> warnings,
		Instant evaluatedAt, EffectivePolicy policy) {

	public GateDecision {
		reasons = List.copyOf(reasons);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Whether the gate would fail in enforce mode.
	 */
	public boolean wouldFail() {
		return !this.reasons.isEmpty();
	}

	/**
	 * Pass or fail.
	 */
	public enum Decision {

		PASS, FAIL

	}

}
