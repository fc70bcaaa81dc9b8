package io.ownership.core.risk;

/**
 * A risk frozen as it was when a decision was taken, kept with the decision so that later
 * reassessments never rewrite what the decider saw.
 */
public record RiskSnapshot(String title, int likelihood, int impact, int score, RiskLevel level,
		boolean affectsOtherProducts, boolean involvesCustomerData, boolean violatesRequirement, RiskStatus status) {

}
