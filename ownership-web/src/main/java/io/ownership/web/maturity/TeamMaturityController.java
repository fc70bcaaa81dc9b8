package io.ownership.web.maturity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.NewAction;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityQuery;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.Period;
import io.ownership.core.maturity.Scorecard;
import io.ownership.core.maturity.Targets;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /teams/{id}/maturity}: the team's latest assessment against the previous one and
 * the targets, the trend across periods, the answers that changed, the team's targets
 * (set by security managers), a new assessment, and the actions opened from gaps.
 */
@Controller
@RequestMapping("/teams/{teamId}/maturity")
class TeamMaturityController {

	private final MaturityService service;

	private final MaturityAccess access;

	private final MaturityQuery query;

	private final CatalogService teams;

	private final ActionQuery actions;

	private final ActionService actionService;

	private final CatalogQuery catalog;

	private final Clock clock;

	private final MessageSource messages;

	TeamMaturityController(MaturityService service, MaturityAccess access, MaturityQuery query, CatalogService teams,
			ActionQuery actions, ActionService actionService, CatalogQuery catalog, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.service = service;
		this.access = access;
		this.query = query;
		this.teams = teams;
		this.actions = actions;
		this.actionService = actionService;
		this.catalog = catalog;
		this.clock = clock;
	}

	record TrendPoint(Assessment assessment, String label, double overall) {

	}

	@GetMapping
	String page(Actor actor, @PathVariable UUID teamId, Model model) {
		return render(actor, team(teamId), model);
	}

	@PostMapping
	String start(Actor actor, @PathVariable UUID teamId, @Valid @ModelAttribute("startForm") StartForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Team team = team(teamId);
		return FormPost.submit(result, redirect, "maturity.started.flash",
				() -> "redirect:/maturity/assessments/" + this.service.start(actor, team.id(), form.getPeriod()).id(),
				() -> render(actor, team, model));
	}

	@PostMapping("/targets")
	String targets(Actor actor, @PathVariable UUID teamId, @ModelAttribute("targetsForm") TargetsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Team team = team(teamId);
		this.access.requireSecurityManager(actor);
		Map<String, Double> targets = TargetValues.parse(form, result);
		return FormPost.submit(result, redirect, "maturity.targets.saved", () -> {
			this.service.setTargets(actor, team.id(), targets);
			return "redirect:/teams/" + teamId + "/maturity";
		}, () -> render(actor, team, model));
	}

	@PostMapping("/actions")
	String openAction(Actor actor, @PathVariable UUID teamId, @Valid @ModelAttribute("actionForm") GapActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Team team = team(teamId);
		if (!this.actionService.mayAct(actor, team.id())) {
			throw new ForbiddenException("action.forbidden", "Only the team's people and security managers do this");
		}
		return FormPost.submit(result, redirect, "action.opened.flash", () -> {
			MaturityModel.Practice practice = this.service.latestModel()
				.practice(form.getPractice())
				.orElseThrow(() -> new InvalidInputException("practice", "maturity.practice.unknown",
						"Choose a practice", form.getPractice()));
			this.actionService.open(actor,
					new NewAction(team.id(), form.getTitle(), new PersonId(form.getOwner()), form.getDueOn(),
							new ActionSource(ActionSource.Kind.MATURITY_GAP, practice.code(), practice.name())));
			return "redirect:/teams/" + teamId + "/maturity#team-actions";
		}, () -> render(actor, team, model));
	}

	private String render(Actor actor, Team team, Model model) {
		List<Assessment> history = this.query.history(team.id());
		Map<Integer, MaturityModel> models = new HashMap<>();
		List<TrendPoint> trend = new ArrayList<>();
		Map<Assessment, Scorecard> scores = new LinkedHashMap<>();
		for (Assessment assessment : history) {
			MaturityModel version = models.computeIfAbsent(assessment.modelVersion(), this.service::model);
			Scorecard scorecard = assessment.score(version);
			scores.put(assessment, scorecard);
			trend.add(new TrendPoint(assessment, assessment.period().label(), scorecard.overall()));
		}
		Assessment current = history.isEmpty() ? null : history.get(history.size() - 1);
		Assessment previous = (history.size() < 2) ? null : history.get(history.size() - 2);
		Targets targets = this.service.targets(team.id());
		MaturityModel latest = this.service.latestModel();
		MaturityModel currentModel = (current == null) ? latest : models.get(current.modelVersion());
		model.addAttribute("team", team);
		model.addAttribute("trend", trend);
		model.addAttribute("current", current);
		model.addAttribute("previous", previous);
		model.addAttribute("maturityModel", currentModel);
		model.addAttribute("targets", targets);
		if (current != null) {
			List<ScoreRows.PracticeRow> practiceRows = ScoreRows.practices(currentModel, scores.get(current),
					(previous == null) ? null : scores.get(previous), targets);
			List<ScoreRows.FunctionRow> functionRows = ScoreRows.functions(currentModel, scores.get(current),
					(previous == null) ? null : scores.get(previous), targets);
			model.addAttribute("practiceRows", practiceRows);
			model.addAttribute("functionRows", functionRows);
			model.addAttribute("changes", ScoreRows.changes(currentModel, previous, current));
			MaturityCharts charts = new MaturityCharts(this.messages, LocaleContextHolder.getLocale(), current,
					previous);
			model.addAttribute("practiceChart", charts.practices(practiceRows));
			model.addAttribute("functionChart", charts.functions(functionRows));
			model.addAttribute("trendChart", charts.trend(trend));
		}
		boolean mayEdit = this.access.mayEdit(actor, team.id());
		model.addAttribute("mayStart", mayEdit);
		model.addAttribute("mayAct", this.actionService.mayAct(actor, team.id()));
		model.addAttribute("maySetTargets", this.access.mayReview(actor));
		model.addAttribute("latestModel", latest);
		LocalDate today = LocalDate.now(this.clock);
		if (!model.containsAttribute("startForm")) {
			StartForm start = new StartForm();
			Period period = Period.of(today);
			if (current != null && current.period().compareTo(period) >= 0) {
				period = (current.period().quarter() == 4) ? new Period(current.period().year() + 1, 1)
						: new Period(current.period().year(), current.period().quarter() + 1);
			}
			start.setPeriod(period.toString());
			model.addAttribute("startForm", start);
		}
		if (!model.containsAttribute("targetsForm")) {
			TargetsForm form = new TargetsForm();
			latest.practices()
				.forEach((practice) -> form.getTargets()
					.put(practice.code(), targets.overridden(practice.code())
							? TargetValues.format(targets.team().get(practice.code())) : ""));
			model.addAttribute("targetsForm", form);
		}
		if (!model.containsAttribute("actionForm")) {
			GapActionForm action = new GapActionForm();
			action.setDueOn(today.plusMonths(3));
			model.addAttribute("actionForm", action);
		}
		model.addAttribute("actions", this.actions.ofTeam(team.id(), today));
		model.addAttribute("people", this.catalog.activePeople());
		return "maturity/team";
	}

	private Team team(UUID id) {
		return this.teams.team(new TeamId(id)).orElseThrow(() -> new NotFoundException("Team", id));
	}

}
