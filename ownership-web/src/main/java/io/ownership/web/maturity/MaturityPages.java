package io.ownership.web.maturity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionService;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Team;
import io.ownership.core.maturity.Answer;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.AssessmentStatus;
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Period;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.maturity.Targets;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.web.maturity.AssessmentPage.AnswerLine;
import io.ownership.web.maturity.AssessmentPage.FormLine;
import io.ownership.web.maturity.AssessmentPage.PracticeSection;
import io.ownership.web.maturity.TeamMaturityPage.TrendRow;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds a team's {@link TeamMaturityPage} and an {@link AssessmentPage} in one place.
 */
@Component
class MaturityPages {

	/** History entries shown on an assessment. */
	static final int HISTORY_SHOWN = 50;

	private final MaturityService service;

	private final MaturityAccess access;

	private final MaturityQuery query;

	private final CatalogService teams;

	private final ActionQuery actions;

	private final ActionService actionService;

	private final AuditQuery history;

	private final MessageSource messages;

	private final Clock clock;

	MaturityPages(MaturityService service, MaturityAccess access, MaturityQuery query, CatalogService teams,
			ActionQuery actions, ActionService actionService, AuditQuery history, MessageSource messages, Clock clock) {
		this.service = service;
		this.access = access;
		this.query = query;
		this.teams = teams;
		this.actions = actions;
		this.actionService = actionService;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The team's maturity: every assessment scored on its own model version (each version
	 * read once), the latest against the previous one and the targets.
	 */
	TeamMaturityPage team(Actor actor, Team team) {
		List<Assessment> history = this.query.history(team.id());
		Map<Integer, MaturityModel> models = new HashMap<>();
		List<Scorecard> scores = history.stream()
			.map((assessment) -> assessment
				.score(models.computeIfAbsent(assessment.modelVersion(), this.service::model)))
			.toList();
		List<TrendRow> trend = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			Assessment assessment = history.get(i);
			trend.add(new TrendRow(assessment.period().label(), MaturityLabels.assessment(assessment.id()),
					scores.get(i).overall(), MaturityLabels.status(assessment.status())));
		}
		Targets targets = this.service.targets(team.id());
		MaturityModel latest = this.service.latestModel();
		LocalDate today = LocalDate.now(this.clock);
		String base = MaturityLabels.team(team.id());
		Assessment current = history.isEmpty() ? null : history.get(history.size() - 1);
		return new TeamMaturityPage(team.name(), "/teams/" + team.id(), base, base + "/targets", base + "/actions",
				(current == null) ? null : latest(history, scores, models, targets, trend), trend,
				this.access.mayEdit(actor, team.id()), this.actionService.mayAct(actor, team.id()),
				this.access.mayReview(actor), latest.name(), latest.practices(), this.actions.ofTeam(team.id(), today),
				nextPeriod(current, today), targetValues(latest, targets), today.plusMonths(3));
	}

	private TeamMaturityPage.Latest latest(List<Assessment> history, List<Scorecard> scores,
			Map<Integer, MaturityModel> models, Targets targets, List<TrendRow> trend) {
		int last = history.size() - 1;
		Assessment current = history.get(last);
		Assessment previous = (last == 0) ? null : history.get(last - 1);
		Scorecard previousScores = (previous == null) ? null : scores.get(last - 1);
		MaturityModel model = models.get(current.modelVersion());
		List<ScoreRows.PracticeRow> practiceRows = ScoreRows.practices(model, scores.get(last), previousScores,
				targets);
		List<ScoreRows.FunctionRow> functionRows = ScoreRows.functions(model, scores.get(last), previousScores,
				targets);
		MaturityCharts charts = new MaturityCharts(this.messages, LocaleContextHolder.getLocale(), current, previous);
		return new TeamMaturityPage.Latest(current.period().label(), MaturityLabels.assessment(current.id()),
				MaturityLabels.status(current.status()), (previous == null) ? null : previous.period().label(),
				(previous == null) ? null : "/maturity/compare?from=" + previous.id() + "&to=" + current.id(),
				charts.trend(trend), charts.functions(functionRows), charts.practices(practiceRows), practiceRows,
				ScoreRows.changes(model, previous, current));
	}

	/** This quarter, or the one after the latest assessment's when that is not before. */
	private static String nextPeriod(Assessment current, LocalDate today) {
		Period period = Period.of(today);
		if (current != null && current.period().compareTo(period) >= 0) {
			Period latest = current.period();
			period = (latest.quarter() == 4) ? new Period(latest.year() + 1, 1)
					: new Period(latest.year(), latest.quarter() + 1);
		}
		return period.toString();
	}

	private static Map<String, String> targetValues(MaturityModel latest, Targets targets) {
		Map<String, String> values = new LinkedHashMap<>();
		latest.practices()
			.forEach((practice) -> values.put(practice.code(), targets.overridden(practice.code())
					? TargetValues.format(targets.team().get(practice.code())) : ""));
		return values;
	}

	/**
	 * The assessment; the practice just posted keeps its form as typed and, when someone
	 * else saved some of its answers since ({@code stale}), shows them as they are now.
	 */
	AssessmentPage assessment(Actor actor, AssessmentId id, String postedPractice, PracticeAnswersForm posted,
			boolean stale) {
		Assessment assessment = this.service.load(id);
		MaturityModel model = this.service.model(assessment.modelVersion());
		Scorecard scores = assessment.score(model);
		boolean draft = assessment.status() == AssessmentStatus.DRAFT;
		String href = MaturityLabels.assessment(assessment.id());
		Map<String, Answer> conflict = stale ? posted.takeVersionsOf(assessment) : null;
		return new AssessmentPage(teamName(assessment), assessment.period().label(),
				MaturityLabels.team(assessment.team()), model.name(), model.version(),
				MaturityLabels.status(assessment.status()), scores.overall(), assessment.version(),
				assessment.reviewComment(), assessment.reviewedBy(), draft ? "alert-warning" : "alert-info",
				draft && this.access.mayEdit(actor, assessment.team()),
				draft && this.access.maySubmit(actor, assessment.team()),
				assessment.status() == AssessmentStatus.SUBMITTED && this.access.mayReview(actor), href + "/submit",
				href + "/accept", href + "/send-back", functions(assessment, model, scores),
				model.practices()
					.stream()
					.map((practice) -> section(assessment, model, scores, practice,
							practice.code().equals(postedPractice) ? posted : null, conflict))
					.toList(),
				MaturityLabels.levels(), history(actor, id));
	}

	private String teamName(Assessment assessment) {
		return this.teams.team(assessment.team())
			.map(Team::name)
			.orElseThrow(() -> new NotFoundException("Team", assessment.team()));
	}

	/** The scores per function against the previous assessment's and the targets. */
	private List<ScoreRows.FunctionRow> functions(Assessment assessment, MaturityModel model, Scorecard scores) {
		Scorecard previous = this.service.latestBefore(assessment.team(), assessment.period())
			.map((earlier) -> earlier.score(this.service.model(earlier.modelVersion())))
			.orElse(null);
		return ScoreRows.functions(model, scores, previous, this.service.targets(assessment.team()));
	}

	private static PracticeSection section(Assessment assessment, MaturityModel model, Scorecard scores,
			MaturityModel.Practice practice, PracticeAnswersForm posted, Map<String, Answer> conflict) {
		PracticeAnswersForm form = (posted != null) ? posted : PracticeAnswersForm.of(practice, assessment);
		List<FormLine> lines = new ArrayList<>();
		for (int i = 0; i < form.getAnswers().size(); i++) {
			String key = form.getAnswers().get(i).getActivity();
			ModelActivity activity = model.activity(key).orElse(null);
			lines.add((activity == null) ? new FormLine(i, 0, "", key)
					: new FormLine(i, activity.level(), activity.streamName(), activity.question()));
		}
		return new PracticeSection(practice.code(), practice.name(), practice.functionName(),
				scores.practice(practice.code()),
				MaturityLabels.assessment(assessment.id()) + "/practices/" + practice.code(), posted != null, form,
				lines, practice.activities().stream().map((a) -> line(a, assessment.answerTo(a.key()))).toList(),
				(posted == null || conflict == null) ? null
						: conflict.values()
							.stream()
							.flatMap((answer) -> model.activity(answer.activity()).map((a) -> line(a, answer)).stream())
							.toList());
	}

	private static AnswerLine line(ModelActivity activity, Answer answer) {
		return new AnswerLine(activity.level(), activity.streamName(), activity.question(),
				MaturityLabels.answer((answer == null) ? null : answer.level()),
				(answer == null) ? null : answer.note(), (answer == null) ? null : answer.evidence());
	}

	/** The assessment's history for auditors, security managers and administrators. */
	private Page<AuditRecord> history(Actor actor, AssessmentId id) {
		if (!actor.hasAny(Role.AUDITOR, Role.SECURITY_MANAGER, Role.ADMIN)) {
			return null;
		}
		return this.history.search(AuditFilter.forEntity("Assessment", id), PageRequest.of(0, HISTORY_SHOWN));
	}

}
