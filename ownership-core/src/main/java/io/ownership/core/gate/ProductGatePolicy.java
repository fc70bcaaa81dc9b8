package io.ownership.core.gate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.ownership.core.risk.RiskLevel;

/**
 * A product's own gate policy: a lower level, conditions that fail where the organization
 * only warns, more or fresher checks, and the mode. Null and absent entries follow the
 * organization.
 */
public record ProductGatePolicy(RiskLevel level, GateMode mode, Map<GateCondition, Enforcement> conditions,
		Map<CheckKind, Integer> requiredChecks) {

	public static final ProductGatePolicy NONE = new ProductGatePolicy(null, GateMode.ENFORCE, Map.of(), Map.of());

	public ProductGatePolicy {
		mode = Objects.requireNonNullElse(mode, GateMode.ENFORCE);
		EnumMap<GateCondition, Enforcement> own = new EnumMap<>(GateCondition.class);
		conditions.forEach((condition, enforcement) -> {
			if (enforcement != null) {
				own.put(condition, enforcement);
			}
		});
		conditions = Map.copyOf(own);
		requiredChecks.values().forEach(GatePolicy::requireAge);
		requiredChecks = Map.copyOf(requiredChecks);
	}

	public boolean isEmpty() {
		return this.level == null && this.mode == GateMode.ENFORCE && this.conditions.isEmpty()
				&& this.requiredChecks.isEmpty();
	}

}
