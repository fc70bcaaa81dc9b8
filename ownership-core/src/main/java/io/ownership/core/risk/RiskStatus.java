package io.ownership.core.risk;

/**
 * Where a risk stands. {@code ACCEPTED} only while an acceptance is active.
 */
public enum RiskStatus {

	OPEN, IN_TREATMENT, ACCEPTED, TRANSFERRED, AVOIDED, CLOSED

}
