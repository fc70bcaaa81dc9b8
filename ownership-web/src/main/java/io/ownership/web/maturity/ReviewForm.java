package io.ownership.web.maturity;

import jakarta.validation.constraints.Size;

/**
 * A step of the assessment's workflow: the version the page showed and, for a review, a
 * comment.
 */
public class ReviewForm {

	private long version;

	@Size(max = 2000, message = "{maturity.comment.tooLong}")
	private String comment;

	/** A form for a step on the version given. */
	static ReviewForm of(long version) {
		ReviewForm form = new ReviewForm();
		form.version = version;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
