package io.ownership.core.risk;

/**
 * How serious a risk is, from its score through the organization's {@link RiskMatrix}.
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH, CRITICAL;

	public boolean isAbove(RiskLevel other) {
		return compareTo(other) > 0;
	}

	/**
	 * The level as a person reads it in a history or a notification: "High".
	 */
	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
