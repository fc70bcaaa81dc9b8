package io.ownership.web.suggestion;

import io.ownership.core.suggestion.Suggestion;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.Size;

/**
 * A security manager's decision on a suggestion: the version decided on and, to decline,
 * the reason (required there, checked by the core). A decision on a suggestion someone
 * changed meanwhile is a conflict that keeps the typed reason.
 */
public class DecisionForm extends VersionedForm {

	@Size(max = Suggestion.MAX_REASON, message = "{suggestion.reason.tooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
