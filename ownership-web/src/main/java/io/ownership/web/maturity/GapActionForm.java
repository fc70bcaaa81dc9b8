package io.ownership.web.maturity;

import java.time.LocalDate;

import io.ownership.web.action.ActionForm;
import jakarta.validation.constraints.NotBlank;

/**
 * A new follow-up action from a maturity gap: the action and the practice it closes.
 */
public class GapActionForm extends ActionForm {

	@NotBlank(message = "{input.required}")
	private String practice;

	/** An empty form whose action is due on the day given. */
	static GapActionForm due(LocalDate dueOn) {
		GapActionForm form = new GapActionForm();
		form.setDueOn(dueOn);
		return form;
	}

	public String getPractice() {
		return this.practice;
	}

	public void setPractice(String practice) {
		this.practice = practice;
	}

}
