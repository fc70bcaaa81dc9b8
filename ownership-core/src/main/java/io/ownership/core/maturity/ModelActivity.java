package io.ownership.core.maturity;

import java.util.Objects;

/**
 * One activity of a maturity model with where it sits: its business function, practice,
 * stream and maturity level, and the question a team answers about it. Its key
 * ({@code SM-1-A}: practice, level, stream) names it within its model.
 */
public record ModelActivity(int functionOrder, String functionName, int practiceOrder, String practiceCode,
		String practiceName, String streamLetter, String streamName, int level, String title, String question) {

	public ModelActivity {
		Objects.requireNonNull(functionName, "functionName");
		Objects.requireNonNull(practiceCode, "practiceCode");
		Objects.requireNonNull(practiceName, "practiceName");
		Objects.requireNonNull(streamLetter, "streamLetter");
		Objects.requireNonNull(title, "title");
		if (level < 1 || level > MaturityModel.LEVELS) {
			throw new IllegalArgumentException("level " + level);
		}
		if (question == null || question.isBlank()) {
			question = title;
		}
		if (streamName == null || streamName.isBlank()) {
			streamName = streamLetter;
		}
	}

	public String key() {
		return key(this.practiceCode, this.level, this.streamLetter);
	}

	public static String key(String practiceCode, int level, String streamLetter) {
		return practiceCode + "-" + level + "-" + streamLetter;
	}

}
