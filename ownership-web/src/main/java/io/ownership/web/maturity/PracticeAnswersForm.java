package io.ownership.web.maturity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.AnswerChange;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.ModelActivity;

import jakarta.validation.Valid;

/**
 * The answers to one practice's activities, saved together.
 */
public class PracticeAnswersForm {

	@Valid
	private List<AnswerRow> answers = new ArrayList<>();

	/**
	 * The practice's activities with the answers the assessment has, each with its
	 * version.
	 */
	static PracticeAnswersForm of(MaturityModel.Practice practice, Assessment assessment) {
		PracticeAnswersForm form = new PracticeAnswersForm();
		for (ModelActivity activity : practice.activities()) {
			AnswerRow row = new AnswerRow();
			row.setActivity(activity.key());
			Answer answer = assessment.answerTo(activity.key());
			if (answer != null) {
				row.setLevel(answer.level());
				row.setNote(answer.note());
				row.setEvidence(answer.evidence());
				row.setVersion(answer.version());
			}
			form.answers.add(row);
		}
		return form;
	}

	List<AnswerChange> changes() {
		return this.answers.stream()
			.map((row) -> new AnswerChange(row.getActivity(), row.getLevel(), row.getNote(), row.getEvidence(),
					row.getVersion()))
			.toList();
	}

	/**
	 * After someone else saved some of these answers: each row takes the version saved
	 * now, so that a second save is made on what the person has seen.
	 * @return the answers saved by someone else since the form was shown, by activity
	 */
	Map<String, Answer> takeVersionsOf(Assessment now) {
		Map<String, Answer> changed = new LinkedHashMap<>();
		for (AnswerRow row : this.answers) {
			Answer saved = now.answerTo(row.getActivity());
			long version = (saved == null) ? 0 : saved.version();
			if (saved != null && version != row.getVersion()) {
				changed.put(saved.activity(), saved);
			}
			row.setVersion(version);
		}
		return changed;
	}

	public List<AnswerRow> getAnswers() {
		return this.answers;
	}

	public void setAnswers(List<AnswerRow> answers) {
		this.answers = answers;
	}

}
