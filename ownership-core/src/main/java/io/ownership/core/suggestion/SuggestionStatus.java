package io.ownership.core.suggestion;

/**
 * Where a suggestion stands: submitted, then accepted or declined by a security manager;
 * an accepted one is marked done once carried out.
 */
public enum SuggestionStatus {

	SUBMITTED("submitted"), ACCEPTED("accepted"), DECLINED("declined"), DONE("done");

	private final String label;

	SuggestionStatus(String label) {
		this.label = label;
	}

	/** The status as the history and notifications say it. */
	public String label() {
		return this.label;
	}

}
