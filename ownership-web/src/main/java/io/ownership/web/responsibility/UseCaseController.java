package io.ownership.web.responsibility;

import java.util.Locale;
import java.util.UUID;

import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.FormPost;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /matrices}: the use cases, defining one, the page of each, which reads the
 * matrix (the draft for those who may read drafts, the latest published version for
 * others) without building the editor, and where it applies. The editor is
 * {@link MatrixEditorController}, the published versions {@link MatrixVersionController}.
 * Who may do what is decided by {@link ResponsibilityService}.
 */
@Controller
@RequestMapping("/matrices")
class UseCaseController {

	private final ResponsibilityService service;

	private final MatrixPages pages;

	UseCaseController(ResponsibilityService service, MatrixPages pages) {
		this.service = service;
		this.pages = pages;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("page", this.pages.useCases(actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UseCaseForm());
		}
		return "responsibility/list";
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("form") UseCaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MatrixEditorController.requireEditor(actor);
		return FormPost.submit(result, redirect, "useCase.created", () -> {
			UseCase useCase = this.service.define(actor, form.getName(), form.getDescription(), form.isMandatory());
			return "redirect:/matrices/" + useCase.id();
		}, () -> list(actor, model));
	}

	/**
	 * The matrix as read: the draft with its rule violations for those who may read
	 * drafts, the latest published version for others.
	 */
	@KeptPage
	@GetMapping("/{id}")
	String page(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("page", this.pages.matrix(actor, new UseCaseId(id), locale));
		return "responsibility/matrix";
	}

	/**
	 * The applicability form on a page of its own: it lists every product to choose from,
	 * which the matrix page, shown far more often, does not need.
	 */
	@GetMapping("/{id}/applicability")
	String applicability(Actor actor, @PathVariable UUID id, Model model) {
		MatrixEditorController.requireEditor(actor);
		UseCaseId useCase = new UseCaseId(id);
		return applicabilityPage(useCase, ApplicabilityForm.of(this.service.load(useCase)), model);
	}

	@PostMapping("/{id}/applicability")
	String applyTo(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ApplicabilityForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MatrixEditorController.requireEditor(actor);
		UseCaseId useCase = new UseCaseId(id);
		return FormPost.edit(result, model, response, redirect, "useCase.applicabilityChanged", () -> {
			this.service.applyTo(actor, useCase, form.getVersion(), form.applicability());
			return "redirect:/matrices/" + id;
		}, () -> applicabilityPage(useCase, form, model));
	}

	/**
	 * The applicability page with its form; after a conflict, the form is on the current
	 * version.
	 */
	private String applicabilityPage(UseCaseId useCase, ApplicabilityForm form, Model model) {
		MatrixPages.ApplicabilityPage page = this.pages.applicability(useCase, model.containsAttribute("conflict"));
		form.followConflict(model, page.useCase().version());
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		return "responsibility/applicability";
	}

}
