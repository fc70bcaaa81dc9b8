package io.ownership.web.maturity;

import java.util.List;

import io.ownership.core.audit.AuditRecord;
import io.ownership.core.shared.Page;
import io.ownership.web.maturity.MaturityLabels.Badge;
import io.ownership.web.maturity.MaturityLabels.LevelOption;

/**
 * One assessment ready to show, built by {@link MaturityPages}: its scores, its answers
 * per practice (a form each while the viewer may edit), the workflow the viewer may take
 * and the history; the bound review form is beside it in the model.
 *
 * @param version the assessment's version, on which a workflow step is taken
 * @param reviewClass the review comment's alert class (a draft sent back warns)
 * @param history the changes, or null when the viewer does not read the history
 */
record AssessmentPage(String teamName, String periodLabel, String teamHref, String modelName, int modelVersion,
		Badge status, double overall, long version, String reviewComment, String reviewedBy, String reviewClass,
		boolean mayEdit, boolean maySubmit, boolean mayReview, String submitAction, String acceptAction,
		String sendBackAction, List<ScoreRows.FunctionRow> functionRows, List<PracticeSection> practices,
		List<LevelOption> levels, Page<AuditRecord> history) {

	/**
	 * A practice: its score, its answers to read and, while the viewer may edit, the
	 * form.
	 *
	 * @param posted whether the form is the one just posted (its errors are shown)
	 * @param conflict the answers someone else saved since the form was shown, as they
	 * are now; null unless the posted form met them
	 */
	record PracticeSection(String code, String name, String functionName, double score, String saveAction,
			boolean posted, PracticeAnswersForm form, List<FormLine> formLines, List<AnswerLine> answers,
			List<AnswerLine> conflict) {

	}

	/** An activity of the form, at the index of its answer in the form. */
	record FormLine(int index, int level, String stream, String question) {

	}

	/**
	 * An activity with its answer.
	 *
	 * @param answerKey the answer's message key
	 * @param note the note, or null
	 * @param evidence the evidence link, or null
	 */
	record AnswerLine(int level, String stream, String question, String answerKey, String note, String evidence) {

	}

}
