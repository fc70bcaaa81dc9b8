package io.ownership.web.maturity;

import java.util.Map;
import java.util.UUID;

import io.ownership.core.action.ActionService;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.NewAction;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
import jakarta.validation.Valid;

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
 * (set by security managers), a new assessment, and the actions opened from gaps;
 * {@link MaturityPages} builds the page.
 */
@Controller
@RequestMapping("/teams/{teamId}/maturity")
class TeamMaturityController {

	private final MaturityService service;

	private final MaturityAccess access;

	private final CatalogService teams;

	private final ActionService actionService;

	private final MaturityPages pages;

	private final PickQuery picks;

	TeamMaturityController(MaturityService service, MaturityAccess access, CatalogService teams,
			ActionService actionService, MaturityPages pages, PickQuery picks) {
		this.picks = picks;
		this.service = service;
		this.access = access;
		this.teams = teams;
		this.actionService = actionService;
		this.pages = pages;
	}

	@KeptPage
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
		PersonId owner = form.owner(result, this.picks);
		return FormPost.submit(result, redirect, "action.opened.flash", () -> {
			MaturityModel.Practice practice = this.service.latestModel()
				.practice(form.getPractice())
				.orElseThrow(() -> new InvalidInputException("practice", "maturity.practice.unknown",
						"Choose a practice", form.getPractice()));
			this.actionService.open(actor, new NewAction(team.id(), form.getTitle(), owner, form.getDueOn(),
					new ActionSource(ActionSource.Kind.MATURITY_GAP, practice.code(), practice.name())));
			return "redirect:/teams/" + teamId + "/maturity#team-actions";
		}, () -> render(actor, team, model));
	}

	private String render(Actor actor, Team team, Model model) {
		TeamMaturityPage page = this.pages.team(actor, team);
		model.addAttribute("page", page);
		if (!model.containsAttribute("startForm")) {
			model.addAttribute("startForm", StartForm.of(page.nextPeriod()));
		}
		if (!model.containsAttribute("targetsForm")) {
			model.addAttribute("targetsForm", TargetsForm.of(page.targetValues()));
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", GapActionForm.due(page.actionDueOn()));
		}
		return "maturity/team";
	}

	private Team team(UUID id) {
		return this.teams.team(new TeamId(id)).orElseThrow(() -> new NotFoundException("Team", id));
	}

}
