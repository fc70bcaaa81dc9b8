package io.ownership.web.action;

import jakarta.validation.constraints.NotBlank;

/**
 * A new follow-up action from a maturity gap: what, who owns it, by when
 * ({@link ActionFields}), and the practice code.
 */
public class ActionForm extends ActionFields {

	@NotBlank(message = "{input.required}")
	private String practice;

	public String getPractice() {
		return this.practice;
	}

	public void setPractice(String practice) {
		this.practice = practice;
	}

}
