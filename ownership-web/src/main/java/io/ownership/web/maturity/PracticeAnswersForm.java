package io.ownership.web.maturity;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The answers to one practice's activities, saved together.
 */
public class PracticeAnswersForm {

	@Valid
	private List<AnswerRow> answers = new ArrayList<>();

	public List<AnswerRow> getAnswers() {
		return this.answers;
	}

	public void setAnswers(List<AnswerRow> answers) {
		this.answers = answers;
	}

}
