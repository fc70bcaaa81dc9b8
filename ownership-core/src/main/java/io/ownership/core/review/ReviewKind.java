package io.ownership.core.review;

/**
 * What a team held: a periodic security review of its ownership, or a retrospective.
 */
public enum ReviewKind {

	SECURITY_REVIEW("Security review"), RETROSPECTIVE("Retrospective");

	private final String label;

	ReviewKind(String label) {
		this.label = label;
	}

	/** The kind as the history and action sources name it. */
	public String label() {
		return this.label;
	}

}
