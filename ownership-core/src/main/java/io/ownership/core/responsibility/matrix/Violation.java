package io.ownership.core.responsibility.matrix;

/**
 * Where a draft breaks a rule of the matrix and which.
 *
 * @param activity the row, or null when the matrix as a whole breaks the rule
 * @param row the row's 1-based position, or 0 for the matrix as a whole
 * @param rule the rule broken
 * @param count how many accountable parties the row has (for
 * {@link Rule#SEVERAL_ACCOUNTABLE})
 */
public record Violation(ActivityId activity, int row, Rule rule, int count) {

	/**
	 * The rules a publishable matrix satisfies. A party holds at most one letter per
	 * activity by construction (a cell holds one letter), so it needs no check.
	 */
	public enum Rule {

		NO_ACTIVITY("matrix.rule.noActivity", "The matrix has no activity"),
		NO_ACCOUNTABLE("matrix.rule.noAccountable", "Nobody is accountable (A) for this activity"),
		SEVERAL_ACCOUNTABLE("matrix.rule.severalAccountable", "More than one party is accountable (A)"),
		NO_RESPONSIBLE("matrix.rule.noResponsible", "Nobody is responsible (R) for this activity");

		private final String code;

		private final String message;

		Rule(String code, String message) {
			this.code = code;
			this.message = message;
		}

		public String code() {
			return this.code;
		}

		public String message() {
			return this.message;
		}

	}

	public String code() {
		return this.rule.code();
	}

	public String message() {
		return (this.rule == Rule.SEVERAL_ACCOUNTABLE) ? this.rule.message() + " (" + this.count + ")"
				: this.rule.message();
	}

}
