package io.ownership.web.maturity;

import java.util.List;

import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.AssessmentStatus;

/**
 * How the maturity pages name what they show: an answer's message key, an assessment's
 * status as a badge, the colour of a score in the matrix, links to an assessment and a
 * team's maturity.
 */
final class MaturityLabels {

	private MaturityLabels() {
	}

	/**
	 * A status badge: its message key and CSS class.
	 */
	record Badge(String key, String css) {

	}

	/**
	 * An answer level to choose: the level and its message key.
	 */
	record LevelOption(AnswerLevel level, String key) {

	}

	static Badge status(AssessmentStatus status) {
		String css = switch (status) {
			case ACCEPTED -> "text-bg-success";
			case SUBMITTED -> "text-bg-primary";
			case DRAFT -> "text-bg-secondary";
		};
		return new Badge("maturity.status." + status.name(), css);
	}

	/** The message key of an answer, "not answered" for none. */
	static String answer(AnswerLevel level) {
		return (level == null) ? "maturity.answer.none" : "maturity.answer." + level.name();
	}

	static List<LevelOption> levels() {
		return List.of(AnswerLevel.values()).stream().map((level) -> new LevelOption(level, answer(level))).toList();
	}

	/**
	 * The matrix cell's colour class of a score: {@code maturity-0} to
	 * {@code maturity-3}.
	 */
	static String cell(Double value) {
		return (value == null) ? "" : "maturity-" + Math.min(3, (int) Math.floor(value));
	}

	static String assessment(Object id) {
		return "/maturity/assessments/" + id;
	}

	static String team(Object teamId) {
		return "/teams/" + teamId + "/maturity";
	}

}
