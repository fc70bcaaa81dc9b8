package io.ownership.web.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.account.Role;
import io.ownership.core.action.ActionId;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.web.program.Submission;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final ActionQuery query;

	private final CatalogQuery catalog;

	private final Clock clock;

	ActionController(ActionService actions, ActionQuery query, CatalogQuery catalog, Clock clock) {
		this.actions = actions;
		this.query = query;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/actions/{id}/edit")
	String editForm(Actor actor, @PathVariable UUID id, Model model) {
		FollowUpAction action = this.actions.load(new ActionId(id));
		if (!this.actions.mayManage(actor, action)) {
			throw new ForbiddenException("action.forbidden.manage",
					"Only the action's owner, the team's product owners and security managers do this");
		}
		ActionForm form = new ActionForm();
		form.setTitle(action.title());
		form.setOwner(action.owner().value());
		form.setDueOn(action.dueOn());
		form.setVersion(action.version());
		model.addAttribute("actionForm", form);
		return edit(action, model);
	}

	@PostMapping("/actions/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		FollowUpAction action = this.actions.load(new ActionId(id));
		return Submission.submit(
				result, redirect, "action.edited.flash", () -> back(this.actions.edit(actor, action.id(),
						form.getVersion(), form.getTitle(), new PersonId(form.getOwner()), form.getDueOn())),
				() -> edit(action, model));
	}

	private String edit(FollowUpAction action, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("back", back(action));
		model.addAttribute("people", this.catalog.activePeople());
		return "action/edit";
	}

	@PostMapping("/actions/{id}/done")
	String done(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "action.done.flash");
		return "redirect:" + back(this.actions.complete(actor, new ActionId(id)));
	}

	@PostMapping("/actions/{id}/reopen")
	String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "action.reopened.flash");
		return "redirect:" + back(this.actions.reopen(actor, new ActionId(id)));
	}

	@PostMapping("/actions/{id}/cancel")
	String cancel(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "action.cancelled.flash");
		return "redirect:" + back(this.actions.cancel(actor, new ActionId(id)));
	}

	@GetMapping("/actions/overdue")
	String overdue(Actor actor, Model model) {
		if (!actor.has(Role.SECURITY_MANAGER)) {
			throw new ForbiddenException("action.forbidden.overdue", "Only security managers see every team's actions");
		}
		model.addAttribute("actions", this.query.overdue(LocalDate.now(this.clock)));
		return "action/overdue";
	}

	private static String back(FollowUpAction action) {
		return ActionLinks.source(action.source(), action.team());
	}

}
