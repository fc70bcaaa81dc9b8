package io.ownership.web.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.action.ActionId;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Marks follow-up actions done and lists the overdue ones for security managers (actions
 * are opened where their source is: a maturity gap on the team's maturity page).
 */
@Controller
class ActionController {

	private final ActionService actions;

	private final ActionQuery query;

	private final Clock clock;

	ActionController(ActionService actions, ActionQuery query, Clock clock) {
		this.actions = actions;
		this.query = query;
		this.clock = clock;
	}

	@PostMapping("/actions/{id}/done")
	String done(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		FollowUpAction action = this.actions.complete(actor, new ActionId(id));
		redirect.addFlashAttribute("flash", "action.done.flash");
		return "redirect:/teams/" + action.team() + "/maturity#team-actions";
	}

	@GetMapping("/actions/overdue")
	String overdue(Actor actor, Model model) {
		if (!actor.has(Role.SECURITY_MANAGER)) {
			throw new ForbiddenException("action.forbidden.overdue", "Only security managers see every team's actions");
		}
		model.addAttribute("actions", this.query.overdue(LocalDate.now(this.clock)));
		return "action/overdue";
	}

}
