package io.ownership.web.threat;

import io.ownership.core.threat.Stride;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatDraft;
import io.ownership.core.threat.ThreatStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A threat: STRIDE category, what could go wrong, how we ensure it, the mitigation's
 * ticket and the status.
 */
public class ThreatForm {

	@NotNull(message = "{input.required}")
	private Stride category;

	@NotBlank(message = "{input.required}")
	@Size(max = 1000, message = "{input.tooLong}")
	private String whatCouldGoWrong;

	@Size(max = 1000, message = "{input.tooLong}")
	private String howWeEnsure;

	@Size(max = 300, message = "{input.tooLong}")
	private String mitigationTicket;

	@NotNull(message = "{input.required}")
	private ThreatStatus status;

	private long version;

	ThreatDraft draft() {
		return new ThreatDraft(this.category, this.whatCouldGoWrong, this.howWeEnsure, this.mitigationTicket,
				this.status);
	}

	/** The form showing a recorded threat as it is now, on its model's version. */
	static ThreatForm of(Threat threat, long version) {
		ThreatForm form = new ThreatForm();
		form.category = threat.category();
		form.whatCouldGoWrong = threat.whatCouldGoWrong();
		form.howWeEnsure = threat.howWeEnsure();
		form.mitigationTicket = (threat.mitigationTicket() == null) ? null : threat.mitigationTicket().value();
		form.status = threat.status();
		form.version = version;
		return form;
	}

	/** An empty form for a new threat of the model on the given version. */
	static ThreatForm empty(long version) {
		ThreatForm form = new ThreatForm();
		form.version = version;
		return form;
	}

	public Stride getCategory() {
		return this.category;
	}

	public void setCategory(Stride category) {
		this.category = category;
	}

	public String getWhatCouldGoWrong() {
		return this.whatCouldGoWrong;
	}

	public void setWhatCouldGoWrong(String whatCouldGoWrong) {
		this.whatCouldGoWrong = whatCouldGoWrong;
	}

	public String getHowWeEnsure() {
		return this.howWeEnsure;
	}

	public void setHowWeEnsure(String howWeEnsure) {
		this.howWeEnsure = howWeEnsure;
	}

	public String getMitigationTicket() {
		return this.mitigationTicket;
	}

	public void setMitigationTicket(String mitigationTicket) {
		this.mitigationTicket = mitigationTicket;
	}

	public ThreatStatus getStatus() {
		return this.status;
	}

	public void setStatus(ThreatStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
