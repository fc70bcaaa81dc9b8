package io.ownership.core.maturity;

/**
 * Where an assessment stands: the team edits a draft, submits it, and a security manager
 * accepts it or sends it back to draft with a comment.
 */
public enum AssessmentStatus {

	DRAFT("draft"), SUBMITTED("submitted"), ACCEPTED("accepted");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	/** The English label, for the history. */
	public String label() {
		return this.label;
	}

}
