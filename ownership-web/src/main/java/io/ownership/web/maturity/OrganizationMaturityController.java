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
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.catalog.imports.UploadedFile;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormErrors;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's maturity: teams × practices of their latest accepted assessments as
 * a coloured 0-3 matrix with the median and distribution per practice, filters and CSV;
 * two assessments compared answer by answer; the organization's targets and the model
 * versions (set and loaded by security managers).
 */
@Controller
class OrganizationMaturityController {

	private final MaturityService service;

	private final MaturityAccess access;

	private final MaturityQuery query;

	private final CatalogService catalog;

	private final MessageSource messages;

	OrganizationMaturityController(MaturityService service, MaturityAccess access, MaturityQuery query,
			CatalogService catalog, MessageSource messages) {
		this.service = service;
		this.access = access;
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

	@GetMapping("/maturity/targets")
	String targets(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		TargetsForm form = new TargetsForm();
		Map<String, Double> organization = this.service.organizationTargets();
		this.service.latestModel()
			.practices()
			.forEach((practice) -> form.getTargets()
				.put(practice.code(), TargetValues.format(organization.get(practice.code()))));
		return targetsPage(form, model);
	}

	@PostMapping("/maturity/targets")
	String saveTargets(Actor actor, @ModelAttribute("targetsForm") TargetsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.requireSecurityManager(actor);
		Map<String, Double> targets = TargetValues.parse(form, result);
		return FormPost.submit(result, redirect, "maturity.targets.saved", () -> {
			this.service.setTargets(actor, null, targets);
			return "redirect:/maturity/targets";
		}, () -> targetsPage(form, model));
	}

	private String targetsPage(TargetsForm form, Model model) {
		model.addAttribute("targetsForm", form);
		model.addAttribute("maturityModel", this.service.latestModel());
		return "maturity/targets";
	}

	@GetMapping("/maturity/models")
	String models(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		return modelsPage(new ModelUploadForm(), model);
	}

	@PostMapping("/maturity/models")
	String upload(Actor actor, @Valid @ModelAttribute("form") ModelUploadForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		this.access.requireSecurityManager(actor);
		if (file == null || file.isEmpty()) {
			result.reject("maturity.model.fileRequired");
		}
		if (!result.hasErrors()) {
			try {
				UploadedFile uploaded = new UploadedFile(file.getOriginalFilename(), file.getBytes());
				MaturityModel stored = this.service.loadModel(actor, form.getName(), ModelFiles.documents(uploaded));
				redirect.addFlashAttribute("flash", "maturity.model.loaded");
				redirect.addFlashAttribute("loadedVersion", stored.version());
				return "redirect:/maturity/models";
			}
			catch (io.ownership.core.maturity.ModelRejectedException ex) {
				model.addAttribute("problems", ex.problems());
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
			catch (java.io.IOException ex) {
				result.reject("maturity.model.unreadable");
			}
		}
		return modelsPage(form, model);
	}

	private String modelsPage(ModelUploadForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("versions", this.service.modelVersions());
		return "maturity/models";
	}

	static List<Integer> levels() {
		return Arrays.asList(1, 2, 3);
	}

}
