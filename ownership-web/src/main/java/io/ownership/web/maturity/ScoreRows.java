package io.ownership.web.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.maturity.Targets;

/**
 * What the maturity pages show of scores: per practice and function the current score,
 * the previous one and the target with the gap; the answers that changed between two
 * assessments.
 */
final class ScoreRows {

	private ScoreRows() {
	}

	record PracticeRow(String code, String name, String function, double current, Double previous, Double target,
			double gap) {

		/** The gap when the score falls short of the target, else null. */
		public Double openGap() {
			return (this.gap > 0) ? this.gap : null;
		}

		/** The gap's CSS class: stressed when the score falls short. */
		public String gapClass() {
			return (this.gap > 0) ? "text-danger fw-semibold" : "";
		}

	}

	record FunctionRow(String name, double current, Double previous, Double target) {

	}

	record ChangedAnswer(ModelActivity activity, AnswerLevel before, AnswerLevel after, String noteBefore,
			String noteAfter) {

		public String beforeKey() {
			return MaturityLabels.answer(this.before);
		}

		public String afterKey() {
			return MaturityLabels.answer(this.after);
		}

	}

	static List<PracticeRow> practices(MaturityModel model, Scorecard current, Scorecard previous, Targets targets) {
		List<PracticeRow> rows = new ArrayList<>();
		for (MaturityModel.Practice practice : model.practices()) {
			double score = current.practice(practice.code());
			rows.add(new PracticeRow(practice.code(), practice.name(), practice.functionName(), score,
					(previous == null) ? null : previous.practice(practice.code()), targets.target(practice.code()),
					targets.gap(practice.code(), score)));
		}
		return rows;
	}

	static List<FunctionRow> functions(MaturityModel model, Scorecard current, Scorecard previous, Targets targets) {
		List<FunctionRow> rows = new ArrayList<>();
		for (MaturityModel.BusinessFunction function : model.functions()) {
			List<Double> practiceTargets = function.practices()
				.stream()
				.map((practice) -> targets.target(practice.code()))
				.toList();
			Double target = practiceTargets.contains(null) ? null
					: practiceTargets.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			rows.add(new FunctionRow(function.name(), current.function(function.name()),
					(previous == null) ? null : previous.function(function.name()), target));
		}
		return rows;
	}

	/**
	 * The activities of the later assessment's model whose answer or note differs from
	 * the earlier assessment's.
	 */
	static List<ChangedAnswer> changes(MaturityModel model, Assessment earlier, Assessment later) {
		List<ChangedAnswer> changes = new ArrayList<>();
		if (earlier == null || later == null) {
			return changes;
		}
		for (ModelActivity activity : model.activities()) {
			Answer before = earlier.answerTo(activity.key());
			Answer after = later.answerTo(activity.key());
			AnswerLevel levelBefore = (before == null) ? null : before.level();
			AnswerLevel levelAfter = (after == null) ? null : after.level();
			String noteBefore = (before == null) ? null : before.note();
			String noteAfter = (after == null) ? null : after.note();
			if (levelBefore != levelAfter || !Objects.equals(noteBefore, noteAfter)) {
				changes.add(new ChangedAnswer(activity, levelBefore, levelAfter, noteBefore, noteAfter));
			}
		}
		return changes;
	}

}
