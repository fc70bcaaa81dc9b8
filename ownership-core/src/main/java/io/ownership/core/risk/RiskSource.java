package io.ownership.core.risk;

/**
 * Where a risk was found.
 */
public enum RiskSource {

	VULNERABILITY, THREAT_MODEL, PEN_TEST, AUDIT, THIRD_PARTY, INCIDENT, OTHER

}
