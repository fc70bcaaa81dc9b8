package io.ownership.web.suggestion;

import io.ownership.core.suggestion.Suggestion;
import jakarta.validation.constraints.Size;

/**
 * A security manager's decision on a suggestion: the version decided on and, to decline,
 * the reason (required there, checked by the core).
 */
public class DecisionForm {

	private long version;

	@Size(max = Suggestion.MAX_REASON, message = "{suggestion.reason.tooLong}")
	private String reason;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
