package io.ownership.core.threat;

/**
 * The product owner's decision on a triaged backlog item.
 */
public enum ThreatDecision {

	NEEDED("threat model needed"), NOT_NEEDED("no threat model needed");

	private final String label;

	ThreatDecision(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
