package io.ownership.web.maturity;

import java.util.List;
import java.util.Map;

import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.ModelRejectedException;
import io.ownership.core.shared.Actor;
import io.ownership.web.catalog.imports.UploadedFile;
import io.ownership.web.support.FormErrors;
import io.ownership.web.support.FormPost;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the maturity of every team is measured against, set by security managers: the
 * organization's targets per practice ({@code /maturity/targets}) and the versions of the
 * model ({@code /maturity/models}, where a new one is loaded from a file).
 */
@Controller
class MaturityModelController {

	private final MaturityService service;

	private final MaturityAccess access;

	private final OrganizationMaturityPages pages;

	MaturityModelController(MaturityService service, MaturityAccess access, OrganizationMaturityPages pages) {
		this.service = service;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/maturity/targets")
	String targets(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		return targetsPage(model);
	}

	@PostMapping("/maturity/targets")
	String saveTargets(Actor actor, @ModelAttribute("targetsForm") TargetsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.requireSecurityManager(actor);
		Map<String, Double> targets = TargetValues.parse(form, result);
		return FormPost.submit(result, redirect, "maturity.targets.saved", () -> {
			this.service.setTargets(actor, null, targets);
			return "redirect:/maturity/targets";
		}, () -> targetsPage(model));
	}

	private String targetsPage(Model model) {
		TargetsPage page = this.pages.targets();
		model.addAttribute("page", page);
		if (!model.containsAttribute("targetsForm")) {
			model.addAttribute("targetsForm", TargetsForm.of(page.organizationTargets()));
		}
		return "maturity/targets";
	}

	@GetMapping("/maturity/models")
	String models(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		return modelsPage(new ModelUploadForm(), List.of(), model);
	}

	@PostMapping("/maturity/models")
	String upload(Actor actor, @Valid @ModelAttribute("form") ModelUploadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.requireSecurityManager(actor);
		UploadedFile uploaded = form.uploaded(result);
		return FormPost.submit(result, redirect, "maturity.model.loaded", () -> {
			MaturityModel stored = this.service.loadModel(actor, form.getName(), ModelFiles.documents(uploaded));
			redirect.addFlashAttribute("loadedVersion", stored.version());
			return "redirect:/maturity/models";
		}, () -> modelsPage(form,
				FormErrors.refusal(result, ModelRejectedException.class)
					.map(ModelRejectedException::problems)
					.orElse(List.of()),
				model));
	}

	private String modelsPage(ModelUploadForm form, List<String> problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", this.pages.models(problems));
		return "maturity/models";
	}

}
