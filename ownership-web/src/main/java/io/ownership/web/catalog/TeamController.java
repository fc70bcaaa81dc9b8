package io.ownership.web.catalog;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.SearchForm;
import io.ownership.web.support.SearchPage;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /teams}: the team list, each team's ownership dashboard, and the forms that
 * create, edit and delete teams and change their members.
 */
@Controller
class TeamController {

	private final CatalogQuery query;

	private final CatalogService catalog;

	private final CatalogEditing editing;

	private final TeamPages pages;

	TeamController(CatalogQuery query, CatalogService catalog, CatalogEditing editing, TeamPages pages) {
		this.query = query;
		this.catalog = catalog;
		this.editing = editing;
		this.pages = pages;
	}

	@GetMapping("/teams")
	String list(Actor actor, @Valid @ModelAttribute("search") SearchForm search, BindingResult result, Model model) {
		model.addAttribute("page", new SearchPage<>(search.getQ(),
				this.query.teams(search.getQ(), search.pageRequest()), this.editing.mayEditEverything(actor)));
		return "catalog/teams";
	}

	@GetMapping("/teams/{id}")
	@KeptPage(areas = { "gate-result", "escalation" })
	String show(Actor actor, @PathVariable UUID id, @RequestParam(name = "assets", required = false) String assets,
			Model model) {
		model.addAttribute("page", this.pages.dashboard(actor, id, "all".equals(assets)));
		return "catalog/team";
	}

	@GetMapping("/teams/{id}/members/new")
	String newMember(Actor actor, @PathVariable UUID id, Model model) {
		TeamDashboard team = load(id);
		this.editing.requireMayEditEverything(actor);
		return memberForm(team, new MemberForm(), model);
	}

	@PostMapping("/teams/{id}/members")
	String addMember(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("memberForm") MemberForm memberForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.editing.requireMayEditEverything(actor);
		return FormPost.submit(result, redirect, "team.memberAdded", () -> {
			this.catalog.addMember(actor, new TeamId(id), new PersonId(memberForm.getPerson()), memberForm.getRole());
			return "redirect:/teams/" + id;
		}, () -> memberForm(load(id), memberForm, model));
	}

	@PostMapping("/teams/{id}/members/{person}/remove")
	String removeMember(Actor actor, @PathVariable UUID id, @PathVariable UUID person, RedirectAttributes redirect) {
		return FormPost.act(redirect, "team.memberRemoved", "redirect:/teams/" + id,
				() -> this.editing.removeMember(actor, new TeamId(id), new PersonId(person)));
	}

	@GetMapping("/teams/new")
	String newTeam(Actor actor, Model model) {
		this.editing.requireMayEditEverything(actor);
		return form(new TeamForm(), null, model);
	}

	@PostMapping("/teams/new")
	String create(Actor actor, @Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.requireMayEditEverything(actor);
		return FormPost.submit(result, redirect, "team.created", () -> {
			Team team = this.catalog.createTeam(actor, form.getName(), form.getKind(), form.getDescription());
			return "redirect:/teams/" + team.id();
		}, () -> form(form, null, model));
	}

	@GetMapping("/teams/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		TeamDashboard team = load(id);
		this.editing.requireMayEditEverything(actor);
		return form(TeamForm.of(team), team, model);
	}

	@PostMapping("/teams/{id}/edit")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") TeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.editing.requireMayEditEverything(actor);
		return FormPost.edit(result, model, response, redirect, "team.updated", () -> {
			this.editing.editTeam(actor, new TeamId(id), form.getVersion(), form.getName(), form.getKind(),
					form.getDescription());
			return "redirect:/teams/" + id;
		}, () -> form(form, load(id), model));
	}

	@PostMapping("/teams/{id}/delete")
	String delete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return FormPost.act(redirect, "team.deleted", () -> {
			this.editing.deleteTeam(actor, new TeamId(id));
			return "redirect:/teams";
		}, "redirect:/teams/" + id);
	}

	private TeamDashboard load(UUID id) {
		return this.query.team(id).orElseThrow(() -> new NotFoundException("Team", id));
	}

	/**
	 * The page adding a member (the form is the model attribute {@code memberForm}): the
	 * team and the people to choose from.
	 */
	record MemberFormPage(TeamDashboard team, List<Ref> people) {

	}

	/**
	 * The team form's page (the form is the model attribute {@code form}): the team as it
	 * is now when one is edited, null for a new one, and the kinds to choose from.
	 */
	record TeamFormPage(TeamDashboard current, TeamKind[] kinds) {

	}

	private String memberForm(TeamDashboard team, MemberForm memberForm, Model model) {
		model.addAttribute("memberForm", memberForm);
		model.addAttribute("page", new MemberFormPage(team, this.query.activePeople()));
		return "catalog/team-member-form";
	}

	private String form(TeamForm form, TeamDashboard current, Model model) {
		if (current != null) {
			form.followConflict(model, current.version());
		}
		model.addAttribute("form", form);
		model.addAttribute("page", new TeamFormPage(current, TeamKind.values()));
		return "catalog/team-form";
	}

}
