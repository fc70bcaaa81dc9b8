package io.ownership.core.risk;

/**
 * How serious a risk is, from its score through the organization's {@link RiskMatrix}.
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH, CRITICAL;

	public boolean isAbove(RiskLevel other) {
		return compareTo(other) > 0;
	}

}
