package io.ownership.web.gate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.Enforcement;
import io.ownership.core.gate.GateCondition;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GatePolicy;
import io.ownership.core.gate.ProductGatePolicy;
import io.ownership.core.risk.RiskLevel;

/**
 * The gate policy form, for the organization and for one product. Required checks are
 * keyed {@code KIND-CHECK} for the organization and {@code CHECK} for a product; a blank
 * age means not required. For a product, a blank level or condition follows the
 * organization.
 */
public class GatePolicyForm {

	private RiskLevel level;

	private GateMode mode = GateMode.ENFORCE;

	private Map<String, Enforcement> conditions = new LinkedHashMap<>();

	private Map<String, Integer> checks = new LinkedHashMap<>();

	static GatePolicyForm of(GatePolicy policy) {
		GatePolicyForm form = new GatePolicyForm();
		form.level = policy.level();
		policy.conditions().forEach((condition, enforcement) -> form.conditions.put(condition.name(), enforcement));
		policy.requiredChecks()
			.forEach((kind, checks) -> checks.forEach((check, days) -> form.checks.put(kind + "-" + check, days)));
		return form;
	}

	static GatePolicyForm of(ProductGatePolicy policy) {
		GatePolicyForm form = new GatePolicyForm();
		form.level = policy.level();
		form.mode = policy.mode();
		policy.conditions().forEach((condition, enforcement) -> form.conditions.put(condition.name(), enforcement));
		policy.requiredChecks().forEach((check, days) -> form.checks.put(check.name(), days));
		return form;
	}

	GatePolicy organization() {
		Map<ProductKind, Map<CheckKind, Integer>> required = new EnumMap<>(ProductKind.class);
		for (ProductKind kind : ProductKind.values()) {
			for (CheckKind check : CheckKind.values()) {
				Integer days = this.checks.get(kind + "-" + check);
				if (days != null) {
					required.computeIfAbsent(kind, (k) -> new EnumMap<>(CheckKind.class)).put(check, days);
				}
			}
		}
		return new GatePolicy((this.level == null) ? RiskLevel.HIGH : this.level, conditionMap(), required);
	}

	ProductGatePolicy product() {
		Map<CheckKind, Integer> required = new EnumMap<>(CheckKind.class);
		for (CheckKind check : CheckKind.values()) {
			Integer days = this.checks.get(check.name());
			if (days != null) {
				required.put(check, days);
			}
		}
		return new ProductGatePolicy(this.level, this.mode, conditionMap(), required);
	}

	private Map<GateCondition, Enforcement> conditionMap() {
		Map<GateCondition, Enforcement> map = new EnumMap<>(GateCondition.class);
		for (GateCondition condition : GateCondition.values()) {
			Enforcement enforcement = this.conditions.get(condition.name());
			if (enforcement != null) {
				map.put(condition, enforcement);
			}
		}
		return map;
	}

	public RiskLevel getLevel() {
		return this.level;
	}

	public void setLevel(RiskLevel level) {
		this.level = level;
	}

	public GateMode getMode() {
		return this.mode;
	}

	public void setMode(GateMode mode) {
		this.mode = mode;
	}

	public Map<String, Enforcement> getConditions() {
		return this.conditions;
	}

	public void setConditions(Map<String, Enforcement> conditions) {
		this.conditions = conditions;
	}

	public Map<String, Integer> getChecks() {
		return this.checks;
	}

	public void setChecks(Map<String, Integer> checks) {
		this.checks = checks;
	}

}
