package io.ownership.core.gate;

import java.util.Map;

import io.ownership.core.risk.RiskLevel;

/**
 * The gate policy that applies to one product: the organization's tightened by the
 * product's.
 */
public record EffectivePolicy(RiskLevel level, GateMode mode, Map<GateCondition, Enforcement> conditions,
		Map<CheckKind, Integer> requiredChecks) {

	public EffectivePolicy {
		conditions = Map.copyOf(conditions);
		requiredChecks = Map.copyOf(requiredChecks);
	}

	public Enforcement enforcement(ReasonCode code) {
		GateCondition condition = code.condition();
		return (condition == null) ? Enforcement.FAIL : this.conditions.get(condition);
	}

}
