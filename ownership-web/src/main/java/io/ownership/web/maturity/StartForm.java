package io.ownership.web.maturity;

import jakarta.validation.constraints.NotBlank;

/**
 * The quarter of a new assessment, such as {@code 2026-Q4}.
 */
public class StartForm {

	@NotBlank(message = "{input.required}")
	private String period;

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

}
