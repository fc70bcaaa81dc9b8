package io.ownership.core.threat;

/**
 * What the team does about a threat: the design already prevents it, a mitigation is
 * planned (with its ticket), or the residual risk is to be accepted by the risk owner,
 * which registers it as a risk.
 */
public enum ThreatStatus {

	MITIGATED_IN_DESIGN("mitigated in design"), MITIGATION_PLANNED("mitigation planned"), TO_ACCEPT("to accept");

	private final String label;

	ThreatStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
