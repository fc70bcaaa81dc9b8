package io.ownership.core.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorecardTests {

	static MaturityModel twoFunctions() {
		List<ModelActivity> activities = new ArrayList<>();
		for (String practice : List.of("SM", "PC")) {
			for (int level = 1; level <= 3; level++) {
				for (String stream : List.of("A", "B")) {
					activities.add(activity(1, "Governance", practice, stream, level));
				}
			}
		}
		for (int level = 1; level <= 3; level++) {
			for (String stream : List.of("A", "B")) {
				activities.add(activity(2, "Design", "TA", stream, level));
			}
		}
		return new MaturityModel(1, "test", activities);
	}

	static ModelActivity activity(int function, String functionName, String practice, String stream, int level) {
		return new ModelActivity(function, functionName, 1, practice, practice + " practice", stream,
				"Stream " + stream, level, practice + " " + level + stream, null);
	}

	@Test
	void aPracticeSumsTheMeanOfItsTwoStreamsOverTheThreeLevels() {
		// SM: level 1 (1 + 0.5) / 2 = 0.75, level 2 (0.25 + 0) / 2 = 0.125, level 3 (1 +
		// 1) / 2 = 1
		Scorecard scores = Scorecard.of(twoFunctions(),
				Map.of("SM-1-A", AnswerLevel.MOST, "SM-1-B", AnswerLevel.HALF, "SM-2-A", AnswerLevel.SOME, "SM-2-B",
						AnswerLevel.NO, "SM-3-A", AnswerLevel.MOST, "SM-3-B", AnswerLevel.MOST));

		assertThat(scores.practice("SM")).isCloseTo(1.875, within(1e-9));
	}

	@Test
	void unansweredActivitiesCountAsZeroAndFunctionsAndOverallAreMeans() {
		// PC: only level 1 stream A answered MOST: 0.5; SM and TA answered fully MOST: 3
		Map<String, AnswerLevel> answers = new java.util.HashMap<>();
		for (String practice : List.of("SM", "TA")) {
			for (int level = 1; level <= 3; level++) {
				answers.put(practice + "-" + level + "-A", AnswerLevel.MOST);
				answers.put(practice + "-" + level + "-B", AnswerLevel.MOST);
			}
		}
		answers.put("PC-1-A", AnswerLevel.MOST);

		Scorecard scores = Scorecard.of(twoFunctions(), answers);

		assertThat(scores.practice("PC")).isCloseTo(0.5, within(1e-9));
		assertThat(scores.function("Governance")).isCloseTo((3 + 0.5) / 2, within(1e-9));
		assertThat(scores.function("Design")).isCloseTo(3, within(1e-9));
		assertThat(scores.overall()).isCloseTo((1.75 + 3) / 2, within(1e-9));
	}

	@Test
	void aStreamTheModelLacksIsLeftOutOfItsLevelsMean() {
		// An in-house model: practice XY has only stream A, and level 3 has no activity
		// at all.
		MaturityModel model = new MaturityModel(2, "small",
				List.of(activity(1, "Governance", "XY", "A", 1), activity(1, "Governance", "XY", "A", 2),
						activity(1, "Governance", "ZZ", "A", 1), activity(1, "Governance", "ZZ", "B", 1)));

		Scorecard scores = Scorecard.of(model, Map.of("XY-1-A", AnswerLevel.HALF, "XY-2-A", AnswerLevel.SOME, "ZZ-1-A",
				AnswerLevel.MOST, "ZZ-1-B", AnswerLevel.NO));

		assertThat(scores.practice("XY")).isCloseTo(0.75, within(1e-9));
		assertThat(scores.practice("ZZ")).isCloseTo(0.5, within(1e-9));
		assertThat(scores.overall()).isCloseTo(0.625, within(1e-9));
	}

	@Test
	void noAnswersScoreZeroEverywhere() {
		Scorecard scores = Scorecard.of(twoFunctions(), Map.of());

		assertThat(scores.practices().values()).containsOnly(0.0);
		assertThat(scores.overall()).isZero();
	}

}
