package io.ownership.web.maturity;

import jakarta.validation.constraints.Size;

/**
 * The organization's maturity filters as the query string carries them, bound as
 * {@code filter}: the teams whose name contains {@code q}, the practices of one business
 * {@code function} of the latest model (all when blank). A text too long, or a function
 * the latest model has not, comes back as an error next to its field, with the matrix
 * shown without it.
 */
public class MaturityFilterForm {

	@Size(max = 100)
	private String q;

	private String function;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getFunction() {
		return this.function;
	}

	public void setFunction(String function) {
		this.function = function;
	}

}
