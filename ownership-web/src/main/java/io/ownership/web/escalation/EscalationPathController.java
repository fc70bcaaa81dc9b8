package io.ownership.web.escalation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.StepDraft;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A use case's escalation path: its steps and the triggers that follow it, set by
 * security managers.
 */
@Controller
@RequestMapping("/matrices/{id}/escalation")
class EscalationPathController {

	private static final String PAGE = "escalation/path";

	private final EscalationService service;

	private final EscalationPathPages pages;

	EscalationPathController(EscalationService service, EscalationPathPages pages) {
		this.service = service;
		this.pages = pages;
	}

	@GetMapping
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		requireEditor(actor);
		UseCaseId useCase = new UseCaseId(id);
		model.addAttribute("form", this.pages.form(this.service.path(useCase)));
		return page(useCase, model);
	}

	@PostMapping
	String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") EscalationPathForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireEditor(actor);
		UseCaseId useCase = new UseCaseId(id);
		List<StepDraft> drafts = form.drafts(result, this.pages.parties());
		return FormPost.edit(result, model, response, redirect, "escalation.saved", () -> {
			this.service.define(actor, useCase, form.getVersion(), drafts, new LinkedHashSet<>(form.getTriggers()));
			return "redirect:/matrices/" + id + "/escalation";
		}, () -> {
			form.followConflict(model, this.service.path(useCase).version());
			form.fill();
			return page(useCase, model);
		});
	}

	/**
	 * The suggestions of a step's party field, for those who edit escalation paths.
	 */
	@GetMapping("/parties")
	String parties(Actor actor, @PathVariable UUID id, @RequestParam(name = "q", required = false) String q,
			Model model) {
		requireEditor(actor);
		return Picker.suggestions(q, model, (limit) -> this.pages.suggestions(q, limit));
	}

	private String page(UseCaseId useCase, Model model) {
		model.addAttribute("page", this.pages.page(useCase));
		return PAGE;
	}

	private static void requireEditor(Actor actor) {
		if (!ResponsibilityService.canEdit(actor)) {
			throw new ForbiddenException("escalation.forbidden", "Only security managers set escalation paths");
		}
	}

}
