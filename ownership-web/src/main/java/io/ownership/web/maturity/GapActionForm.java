package io.ownership.web.maturity;

import io.ownership.web.action.ActionForm;
import jakarta.validation.constraints.NotBlank;

/**
 * A new follow-up action from a maturity gap: the action and the practice it closes.
 */
public class GapActionForm extends ActionForm {

	@NotBlank(message = "{input.required}")
	private String practice;

	public String getPractice() {
		return this.practice;
	}

	public void setPractice(String practice) {
		this.practice = practice;
	}

}
