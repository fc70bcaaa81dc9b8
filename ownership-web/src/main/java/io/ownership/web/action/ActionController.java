package io.ownership.web.action;

import java.util.UUID;
import java.util.function.BiFunction;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionId;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.shared.Actor;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.Picker;
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
 * Changes follow-up actions whatever their source: edit, mark done, reopen, cancel; and
 * lists the overdue ones for security managers. Actions are opened where their source is
 * (a maturity gap on the team's maturity page, a review on its page); each change returns
 * to the source's page.
 */
@Controller
class ActionController {

	private final ActionService actions;

	private final ActionPages pages;

	private final PickQuery picks;

	ActionController(ActionService actions, ActionPages pages, PickQuery picks) {
		this.actions = actions;
		this.pages = pages;
		this.picks = picks;
	}

	@GetMapping("/actions/{id}/edit")
	String editForm(Actor actor, @PathVariable UUID id, Model model) {
		FollowUpAction action = manageable(actor, id);
		model.addAttribute("actionForm", ActionForm.of(action, this.actions.ownerName(action)));
		return edit(action, model);
	}

	/**
	 * The action, for those who may change it: others are refused before a form opens.
	 */
	private FollowUpAction manageable(Actor actor, UUID id) {
		FollowUpAction action = this.actions.load(new ActionId(id));
		if (!this.actions.mayManage(actor, action)) {
			throw new ForbiddenException("action.forbidden.manage",
					"Only the action's owner, the team's product owners and security managers do this");
		}
		return action;
	}

	@PostMapping("/actions/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		FollowUpAction action = manageable(actor, id);
		PersonId owner = form.owner(result, this.picks);
		return FormPost.edit(result, model, response, redirect, "action.edited.flash", () -> {
			FollowUpAction edited = this.actions.edit(actor, action.id(), form.getVersion(), form.getTitle(), owner,
					form.getDueOn());
			return "redirect:" + ActionPages.back(edited);
		}, () -> {
			form.followConflict(model, action.version());
			return edit(action, model);
		});
	}

	private String edit(FollowUpAction action, Model model) {
		model.addAttribute("page", this.pages.edit(action));
		return "action/edit";
	}

	@PostMapping("/actions/{id}/done")
	String done(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return change(redirect, "action.done.flash", id, this.actions::complete, actor);
	}

	@PostMapping("/actions/{id}/reopen")
	String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return change(redirect, "action.reopened.flash", id, this.actions::reopen, actor);
	}

	@PostMapping("/actions/{id}/cancel")
	String cancel(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return change(redirect, "action.cancelled.flash", id, this.actions::cancel, actor);
	}

	private String change(RedirectAttributes redirect, String flash, UUID id,
			BiFunction<Actor, ActionId, FollowUpAction> change, Actor actor) {
		FollowUpAction action = this.actions.load(new ActionId(id));
		String back = "redirect:" + ActionPages.back(action);
		return FormPost.act(redirect, flash, () -> {
			change.apply(actor, action.id());
			return back;
		}, back);
	}

	/**
	 * The suggestions of an action's owner field (every form that opens or edits an
	 * action): the active people whose name or e-mail address contains {@code q}, for
	 * those who may open or manage actions.
	 */
	@GetMapping("/actions/owners")
	String owners(Actor actor, @RequestParam(name = "q", required = false) String q, Model model) {
		if (!actor.hasAny(Role.SECURITY_MANAGER, Role.PRODUCT_OWNER, Role.TEAM_MEMBER)) {
			throw new ForbiddenException("action.forbidden.owners", "Only those who open actions search their owners");
		}
		return Picker.suggestions(q, model, (limit) -> this.picks.activePeople(q, false, limit));
	}

	@GetMapping("/actions/overdue")
	String overdue(Actor actor, Model model) {
		if (!actor.has(Role.SECURITY_MANAGER)) {
			throw new ForbiddenException("action.forbidden.overdue", "Only security managers see every team's actions");
		}
		model.addAttribute("page", this.pages.overdue());
		return "action/overdue";
	}

}
