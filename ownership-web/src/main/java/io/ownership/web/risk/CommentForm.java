package io.ownership.web.risk;

import jakarta.validation.constraints.Size;

/**
 * A decision on an acceptance: the comment (mandatory where the rule says so) and the
 * version the decider saw.
 */
public class CommentForm {

	/**
	 * An empty comment on the given version of what it changes.
	 */
	static CommentForm of(long version) {
		CommentForm form = new CommentForm();
		form.setVersion(version);
		return form;
	}

	@Size(max = 4000)
	private String comment;

	private long version;

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
