package io.ownership.core.maturity;

/**
 * The four-step answer to an activity's question, with the weight OWASP SAMM 2 gives it.
 */
public enum AnswerLevel {

	/** Not done. */
	NO(0, "No"),

	/** Done for some of the team's work. */
	SOME(0.25, "Some"),

	/** Done for at least half of it. */
	HALF(0.5, "At least half"),

	/** Done for most or all of it. */
	MOST(1, "Most or all");

	private final double weight;

	private final String label;

	AnswerLevel(double weight, String label) {
		this.weight = weight;
		this.label = label;
	}

	/** The English label, for the history. */
	public String label() {
		return this.label;
	}

	public double weight() {
		return this.weight;
	}

}
