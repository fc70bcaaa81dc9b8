package io.ownership.web.maturity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organization's maturity: teams × practices of their latest accepted assessments as
 * a coloured 0-3 matrix with the median and distribution per practice, filters and CSV;
 * two assessments compared answer by answer (the targets and the model versions are
 * {@link MaturityModelController}'s).
 */
@Controller
class OrganizationMaturityController {

	private final MaturityService service;

	private final MaturityQuery query;

	private final CatalogService catalog;

	private final MessageSource messages;

	OrganizationMaturityController(MaturityService service, MaturityQuery query, CatalogService catalog,
			MessageSource messages) {
		this.service = service;
		this.query = query;
		this.catalog = catalog;
		this.messages = messages;
	}

	record MatrixRow(UUID teamId, String teamName, Assessment assessment, Map<String, Double> scores, double overall) {

	}

	record PracticeStats(String code, String name, Double median, int[] distribution) {

	}

	@GetMapping("/maturity")
	String matrix(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "function", required = false) String function, Model model) {
		MaturityModel latest = this.service.latestModel();
		List<MaturityModel.Practice> practices = latest.practices()
			.stream()
			.filter((practice) -> function == null || function.isBlank() || practice.functionName().equals(function))
			.toList();
		List<MatrixRow> rows = rows(q);
		model.addAttribute("q", q);
		model.addAttribute("function", function);
		model.addAttribute("functions", latest.functions().stream().map(MaturityModel.BusinessFunction::name).toList());
		model.addAttribute("practices", practices);
		model.addAttribute("rows", rows);
		model.addAttribute("stats", stats(practices, rows));
		return "maturity/organization";
	}

	@GetMapping(value = "/maturity.csv", produces = "text/csv")
	void csv(@RequestParam(name = "q", required = false) String q, Locale locale, HttpServletResponse response)
			throws IOException {
		MaturityModel latest = this.service.latestModel();
		List<MatrixRow> rows = rows(q);
		Csv.answer(response, "maturity.csv", (lines) -> {
			List<Object> header = new ArrayList<>();
			header.add(this.messages.getMessage("maturity.csv.team", null, locale));
			header.add(this.messages.getMessage("maturity.csv.period", null, locale));
			latest.practices().forEach((practice) -> header.add(practice.name()));
			header.add(this.messages.getMessage("maturity.overall", null, locale));
			lines.add(header);
			for (MatrixRow row : rows) {
				List<Object> line = new ArrayList<>();
				line.add(row.teamName());
				line.add(row.assessment().period().label());
				latest.practices().forEach((practice) -> line.add(format(row.scores().get(practice.code()))));
				line.add(format(row.overall()));
				lines.add(line);
			}
		});
	}

	private static String format(Double score) {
		return (score == null) ? "" : String.format(Locale.ROOT, "%.2f", score);
	}

	private List<MatrixRow> rows(String q) {
		Map<Integer, MaturityModel> versions = new HashMap<>();
		List<MatrixRow> rows = new ArrayList<>();
		for (MaturityQuery.TeamAssessment entry : this.query.latestAccepted(q)) {
			MaturityModel version = versions.computeIfAbsent(entry.assessment().modelVersion(), this.service::model);
			Scorecard scores = entry.assessment().score(version);
			rows.add(new MatrixRow(entry.team().value(), entry.teamName(), entry.assessment(), scores.practices(),
					scores.overall()));
		}
		return rows;
	}

	private static List<PracticeStats> stats(List<MaturityModel.Practice> practices, List<MatrixRow> rows) {
		List<PracticeStats> stats = new ArrayList<>();
		for (MaturityModel.Practice practice : practices) {
			double[] values = rows.stream()
				.map((row) -> row.scores().get(practice.code()))
				.filter((value) -> value != null)
				.mapToDouble(Double::doubleValue)
				.sorted()
				.toArray();
			int[] distribution = new int[3];
			for (double value : values) {
				distribution[Math.min(2, (int) Math.floor(value))]++;
			}
			Double median = (values.length == 0) ? null : (values.length % 2 == 1) ? values[values.length / 2]
					: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
			stats.add(new PracticeStats(practice.code(), practice.name(), median, distribution));
		}
		return stats;
	}

	record ComparedAnswer(ModelActivity activity, io.ownership.core.maturity.Answer from,
			io.ownership.core.maturity.Answer to, boolean changed) {

	}

	@GetMapping("/maturity/compare")
	String compare(@RequestParam UUID from, @RequestParam UUID to, Model model) {
		Assessment earlier = this.service.load(new AssessmentId(from));
		Assessment later = this.service.load(new AssessmentId(to));
		MaturityModel laterModel = this.service.model(later.modelVersion());
		List<ComparedAnswer> answers = new ArrayList<>();
		for (ModelActivity activity : laterModel.activities()) {
			var before = earlier.answerTo(activity.key());
			var after = later.answerTo(activity.key());
			boolean changed = level(before) != level(after);
			answers.add(new ComparedAnswer(activity, before, after, changed));
		}
		model.addAttribute("from", earlier);
		model.addAttribute("to", later);
		model.addAttribute("fromTeam", teamName(earlier));
		model.addAttribute("toTeam", teamName(later));
		model.addAttribute("answers", answers);
		model.addAttribute("changedCount", answers.stream().filter(ComparedAnswer::changed).count());
		return "maturity/compare";
	}

	private static Object level(io.ownership.core.maturity.Answer answer) {
		return (answer == null) ? null : answer.level();
	}

	private String teamName(Assessment assessment) {
		return this.catalog.team(assessment.team())
			.map((team) -> team.name())
			.orElseThrow(() -> new NotFoundException("Team", assessment.team()));
	}

	static List<Integer> levels() {
		return Arrays.asList(1, 2, 3);
	}

}
