package io.ownership.web.threat;

import io.ownership.core.threat.ThreatDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The product owner's decision on an item, with the reason.
 */
public class DecisionForm {

	@NotNull(message = "{input.required}")
	private ThreatDecision decision;

	@NotBlank(message = "{input.required}")
	@Size(max = 1000, message = "{input.tooLong}")
	private String reason;

	private long version;

	public ThreatDecision getDecision() {
		return this.decision;
	}

	public void setDecision(ThreatDecision decision) {
		this.decision = decision;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
