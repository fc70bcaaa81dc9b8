package io.ownership.core.gate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.InvalidInputException;

/**
 * The organization's gate policy, set by security managers: the level from which a risk
 * or finding fails the gate, what each condition does, and the checks each kind of
 * product must have run, with their greatest age in days.
 */
public record GatePolicy(RiskLevel level, Map<GateCondition, Enforcement> conditions,
		Map<ProductKind, Map<CheckKind, Integer>> requiredChecks) {

	public static final int MAX_AGE_DAYS = 365;

	public GatePolicy {
		Objects.requireNonNull(level, "level");
		EnumMap<GateCondition, Enforcement> all = new EnumMap<>(GateCondition.class);
		for (GateCondition condition : GateCondition.values()) {
			all.put(condition, conditions.getOrDefault(condition, Enforcement.FAIL));
		}
		conditions = Map.copyOf(all);
		EnumMap<ProductKind, Map<CheckKind, Integer>> checks = new EnumMap<>(ProductKind.class);
		requiredChecks.forEach((kind, ages) -> {
			ages.values().forEach(GatePolicy::requireAge);
			checks.put(kind, Map.copyOf(ages));
		});
		requiredChecks = Map.copyOf(checks);
	}

	public Enforcement enforcement(GateCondition condition) {
		return this.conditions.get(condition);
	}

	public Map<CheckKind, Integer> requiredFor(ProductKind kind) {
		return this.requiredChecks.getOrDefault(kind, Map.of());
	}

	static void requireAge(Integer days) {
		if (days == null || days < 1 || days > MAX_AGE_DAYS) {
			throw new InvalidInputException("requiredChecks", "gate.policy.age", "Between 1 and 365 days", 1,
					MAX_AGE_DAYS);
		}
	}

	/**
	 * The policy for one product: this one tightened by the product's own.
	 */
	public EffectivePolicy tightenedBy(ProductKind kind, ProductGatePolicy product) {
		RiskLevel effectiveLevel = (product.level() != null && product.level().compareTo(this.level) < 0)
				? product.level() : this.level;
		EnumMap<GateCondition, Enforcement> effective = new EnumMap<>(GateCondition.class);
		this.conditions.forEach((condition, enforcement) -> effective.put(condition,
				enforcement.stricter(product.conditions().get(condition))));
		EnumMap<CheckKind, Integer> checks = new EnumMap<>(CheckKind.class);
		checks.putAll(requiredFor(kind));
		product.requiredChecks().forEach((check, days) -> checks.merge(check, days, Math::min));
		return new EffectivePolicy(effectiveLevel, product.mode(), effective, checks);
	}

	/**
	 * Refuses, naming the field, a product policy that would loosen this one.
	 */
	public void requireNotLooser(ProductKind kind, ProductGatePolicy product) {
		if (product.level() != null && product.level().isAbove(this.level)) {
			throw new InvalidInputException("level", "gate.policy.looserLevel",
					"A product may lower the gate level, never raise it above the organization's", this.level);
		}
		for (Map.Entry<GateCondition, Enforcement> entry : product.conditions().entrySet()) {
			if (entry.getValue() == Enforcement.WARN && enforcement(entry.getKey()) == Enforcement.FAIL) {
				throw new InvalidInputException("conditions[" + entry.getKey() + "]", "gate.policy.looserCondition",
						"The organization fails the gate on this; a product may not only warn");
			}
		}
		Map<CheckKind, Integer> required = requiredFor(kind);
		for (Map.Entry<CheckKind, Integer> entry : product.requiredChecks().entrySet()) {
			Integer organization = required.get(entry.getKey());
			if (organization != null && entry.getValue() > organization) {
				throw new InvalidInputException("requiredChecks[" + entry.getKey() + "]", "gate.policy.looserAge",
						"The organization asks for at most {0} days", organization);
			}
		}
	}

	/**
	 * The defaults: level HIGH, a pending request only warns, everything else fails;
	 * business services need SAST and SCA, platforms a container image scan, each at most
	 * 30 days old.
	 */
	public static GatePolicy defaults() {
		return new GatePolicy(RiskLevel.HIGH, Map.of(GateCondition.PENDING_REQUEST, Enforcement.WARN),
				Map.of(ProductKind.BUSINESS_SERVICE, Map.of(CheckKind.SAST, 30, CheckKind.SCA, 30),
						ProductKind.PLATFORM, Map.of(CheckKind.CONTAINER_SCAN, 30)));
	}

}
