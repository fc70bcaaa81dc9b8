package io.ownership.core.maturity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one set of answers on one model (OWASP SAMM 2 scoring): a practice scores
 * 0 to 3, the sum over its levels of the mean of the weights of that level's activities
 * (one per stream; an activity not answered counts as 0, a stream the model lacks at a
 * level is left out of the mean, a level without activities adds 0); a business function
 * scores the mean of its practices; the overall score is the mean of the functions.
 */
public record Scorecard(Map<String, Double> practices, Map<String, Double> functions, double overall) {

	public Scorecard {
		practices = Map.copyOf(practices);
		functions = Map.copyOf(functions);
	}

	public static Scorecard of(MaturityModel model, Map<String, AnswerLevel> answers) {
		Map<String, Double> practices = new LinkedHashMap<>();
		Map<String, Double> functions = new LinkedHashMap<>();
		for (MaturityModel.BusinessFunction function : model.functions()) {
			double sum = 0;
			for (MaturityModel.Practice practice : function.practices()) {
				double score = practiceScore(practice, answers);
				practices.put(practice.code(), score);
				sum += score;
			}
			functions.put(function.name(), function.practices().isEmpty() ? 0 : sum / function.practices().size());
		}
		double overall = functions.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
		return new Scorecard(practices, functions, overall);
	}

	private static double practiceScore(MaturityModel.Practice practice, Map<String, AnswerLevel> answers) {
		double score = 0;
		for (int level = 1; level <= MaturityModel.LEVELS; level++) {
			List<ModelActivity> activities = practice.atLevel(level);
			if (!activities.isEmpty()) {
				score += activities.stream().mapToDouble((activity) -> {
					AnswerLevel answer = answers.get(activity.key());
					return (answer == null) ? 0 : answer.weight();
				}).average().orElse(0);
			}
		}
		return score;
	}

	public double practice(String code) {
		return this.practices.getOrDefault(code, 0.0);
	}

	public double function(String name) {
		return this.functions.getOrDefault(name, 0.0);
	}

}
