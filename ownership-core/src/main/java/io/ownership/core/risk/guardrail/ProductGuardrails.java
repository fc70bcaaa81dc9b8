package io.ownership.core.risk.guardrail;

import java.util.EnumMap;
import java.util.Map;

import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.InvalidInputException;

/**
 * A product's own, stricter guardrails: a lower autonomy limit or shorter acceptances. An
 * absent value means "as the organization".
 */
public record ProductGuardrails(RiskLevel autonomyLimit, Map<RiskLevel, Integer> maxDays) {

	public static final ProductGuardrails NONE = new ProductGuardrails(null, Map.of());

	public ProductGuardrails {
		Map<RiskLevel, Integer> copy = new EnumMap<>(RiskLevel.class);
		if (maxDays != null) {
			maxDays.forEach((level, days) -> {
				if (days != null) {
					if (days < 1) {
						throw new InvalidInputException(Guardrails.field(level), "guardrails.days.range",
								"Between 1 and 3650 days", 1, Guardrails.LONGEST_DAYS);
					}
					copy.put(level, days);
				}
			});
		}
		maxDays = Map.copyOf(copy);
	}

	public boolean isEmpty() {
		return this.autonomyLimit == null && this.maxDays.isEmpty();
	}

}
