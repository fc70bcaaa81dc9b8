package io.ownership.web.maturity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Team;
import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the organization's maturity pages in one place: the {@link MatrixPage}, the
 * {@link ComparePage} of two assessments, the {@link TargetsPage} and the
 * {@link ModelsPage}; and the matrix's scores, which its CSV writes too.
 */
@Component
class OrganizationMaturityPages {

	private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final MaturityService service;

	private final MaturityQuery query;

	private final CatalogService catalog;

	OrganizationMaturityPages(MaturityService service, MaturityQuery query, CatalogService catalog) {
		this.service = service;
		this.query = query;
		this.catalog = catalog;
	}

	/**
	 * A team's latest accepted assessment scored on its own model version.
	 */
	record TeamScores(UUID teamId, String teamName, Assessment assessment, Map<String, Double> scores, double overall) {

	}

	/**
	 * The latest accepted assessment of each team whose name contains {@code q}, each
	 * model version read once.
	 */
	List<TeamScores> scores(String q) {
		Map<Integer, MaturityModel> versions = new HashMap<>();
		List<TeamScores> rows = new ArrayList<>();
		for (MaturityQuery.TeamAssessment entry : this.query.latestAccepted(q)) {
			MaturityModel version = versions.computeIfAbsent(entry.assessment().modelVersion(), this.service::model);
			Scorecard scores = entry.assessment().score(version);
			rows.add(new TeamScores(entry.team().value(), entry.teamName(), entry.assessment(), scores.practices(),
					scores.overall()));
		}
		return rows;
	}

	/**
	 * The matrix of the filter's teams and function; a function the latest model has not
	 * is put next to its field, and the matrix is shown without the filters refused.
	 */
	MatrixPage matrix(Actor actor, MaturityFilterForm filter, BindingResult result) {
		MaturityModel latest = this.service.latestModel();
		List<String> functions = latest.functions().stream().map(MaturityModel.BusinessFunction::name).toList();
		String function = result.hasFieldErrors("function") ? null : filter.getFunction();
		if (function != null && !function.isBlank() && !functions.contains(function)) {
			result.rejectValue("function", "maturity.function.unknown", new Object[] { function }, null);
			function = null;
		}
		String q = result.hasFieldErrors("q") ? null : filter.getQ();
		String shown = function;
		List<MaturityModel.Practice> practices = latest.practices()
			.stream()
			.filter((practice) -> shown == null || shown.isBlank() || practice.functionName().equals(shown))
			.toList();
		List<TeamScores> scores = scores(q);
		return new MatrixPage(functions,
				practices.stream().map((practice) -> new MatrixPage.Column(practice.code(), practice.name())).toList(),
				scores.stream().map((team) -> row(team, practices)).toList(),
				practices.stream().map((practice) -> stat(practice, scores)).toList(),
				UriComponentsBuilder.fromPath("/maturity.csv")
					.queryParamIfPresent("q", Optional.ofNullable(q))
					.encode()
					.build()
					.toUriString(),
				practices.size() + 3, actor.has(Role.SECURITY_MANAGER));
	}

	private static MatrixPage.Row row(TeamScores team, List<MaturityModel.Practice> practices) {
		return new MatrixPage.Row(team.teamName(), MaturityLabels.team(team.teamId()),
				team.assessment().period().label(), MaturityLabels.assessment(team.assessment().id()),
				practices.stream().map((practice) -> {
					Double value = team.scores().get(practice.code());
					return new MatrixPage.Cell(value, MaturityLabels.cell(value), practice.name());
				}).toList(), team.overall());
	}

	private static MatrixPage.Stat stat(MaturityModel.Practice practice, List<TeamScores> teams) {
		double[] values = teams.stream()
			.map((team) -> team.scores().get(practice.code()))
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
		return new MatrixPage.Stat(median, distribution[0] + " / " + distribution[1] + " / " + distribution[2]);
	}

	/** The two assessments compared on the later one's model. */
	ComparePage compare(AssessmentId from, AssessmentId to) {
		Assessment earlier = this.service.load(from);
		Assessment later = this.service.load(to);
		List<ComparePage.Row> rows = new ArrayList<>();
		for (ModelActivity activity : this.service.model(later.modelVersion()).activities()) {
			Answer before = earlier.answerTo(activity.key());
			Answer after = later.answerTo(activity.key());
			boolean changed = level(before) != level(after);
			rows.add(new ComparePage.Row(activity.practiceName(), activity.level(), activity.streamName(),
					activity.question(), MaturityLabels.answer(level(before)), MaturityLabels.answer(level(after)),
					changed ? "table-warning" : ""));
		}
		String fromTeam = teamName(earlier);
		String toTeam = teamName(later);
		return new ComparePage(fromTeam, earlier.period().label(), MaturityLabels.assessment(earlier.id()),
				fromTeam + ", " + earlier.period().label(), toTeam, later.period().label(),
				MaturityLabels.assessment(later.id()), toTeam + ", " + later.period().label(),
				rows.stream().filter((row) -> !row.css().isEmpty()).count(), rows);
	}

	private static AnswerLevel level(Answer answer) {
		return (answer == null) ? null : answer.level();
	}

	private String teamName(Assessment assessment) {
		return this.catalog.team(assessment.team())
			.map(Team::name)
			.orElseThrow(() -> new NotFoundException("Team", assessment.team()));
	}

	TargetsPage targets() {
		List<MaturityModel.Practice> practices = this.service.latestModel().practices();
		Map<String, Double> saved = this.service.organizationTargets();
		Map<String, String> values = new LinkedHashMap<>();
		practices.forEach((practice) -> values.put(practice.code(), TargetValues.format(saved.get(practice.code()))));
		return new TargetsPage(practices, values);
	}

	ModelsPage models(List<String> problems) {
		return new ModelsPage(this.service.modelVersions()
			.stream()
			.map((version) -> new ModelsPage.VersionRow(version.version(), version.name(), version.activities(),
					version.loadedBy() + ", " + LOADED_AT.format(version.loadedAt()) + " UTC"))
			.toList(), problems);
	}

}
