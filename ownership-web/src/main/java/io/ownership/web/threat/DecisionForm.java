package io.ownership.web.threat;

import io.ownership.core.threat.BacklogItem;
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

	/**
	 * The form showing the item's decision, or the one its triage suggests when none is
	 * made yet.
	 */
	static DecisionForm of(BacklogItem item) {
		DecisionForm form = new DecisionForm();
		form.decision = (item.decision() != null) ? item.decision()
				: (item.suggestsThreatModel() ? ThreatDecision.NEEDED : ThreatDecision.NOT_NEEDED);
		form.reason = item.reason();
		form.version = item.version();
		return form;
	}

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
