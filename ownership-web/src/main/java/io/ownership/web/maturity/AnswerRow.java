package io.ownership.web.maturity;

import io.ownership.core.maturity.AnswerLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One activity's answer as the form posts it, with the answer's version the form showed.
 */
public class AnswerRow {

	@NotBlank
	private String activity;

	private AnswerLevel level;

	@Size(max = 1000, message = "{maturity.note.tooLong}")
	private String note;

	@Size(max = 500, message = "{maturity.evidence.invalid}")
	private String evidence;

	private long version;

	public String getActivity() {
		return this.activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public AnswerLevel getLevel() {
		return this.level;
	}

	public void setLevel(AnswerLevel level) {
		this.level = level;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
