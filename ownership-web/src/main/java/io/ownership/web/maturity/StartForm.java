package io.ownership.web.maturity;

import jakarta.validation.constraints.NotBlank;

/**
 * The quarter of a new assessment, such as {@code 2026-Q4}.
 */
public class StartForm {

	@NotBlank(message = "{input.required}")
	private String period;

	/** A form for the quarter given, such as {@code 2026-Q4}. */
	static StartForm of(String period) {
		StartForm form = new StartForm();
		form.period = period;
		return form;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

}
