package io.ownership.web.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.StepDraft;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.web.support.FormPost;
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
		model.addAttribute("form", EscalationPathForm.of(this.service.path(useCase)));
		return page(useCase, model);
	}

	@PostMapping
	String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") EscalationPathForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireEditor(actor);
		UseCaseId useCase = new UseCaseId(id);
		List<StepDraft> drafts = drafts(form, result);
		return FormPost.edit(result, model, response, redirect, "escalation.saved", () -> {
			this.service.define(actor, useCase, form.getVersion(), drafts, new LinkedHashSet<>(form.getTriggers()));
			return "redirect:/matrices/" + id + "/escalation";
		}, () -> {
			if (model.containsAttribute("conflict")) {
				form.setVersion(this.service.path(useCase).version());
			}
			form.fill();
			return page(useCase, model);
		});
	}

	/**
	 * The typed rows as steps, leaving blank rows out and putting what cannot be read
	 * next to its field; the indexes of the remaining steps are those of the rows.
	 */
	private static List<StepDraft> drafts(EscalationPathForm form, BindingResult result) {
		List<StepDraft> drafts = new ArrayList<>();
		List<EscalationPathForm.Row> rows = form.getSteps();
		List<EscalationPathForm.Row> kept = new ArrayList<>();
		for (EscalationPathForm.Row row : rows) {
			if (!row.blank()) {
				kept.add(row);
			}
		}
		if (result.hasErrors()) {
			return drafts;
		}
		form.setSteps(kept);
		for (int i = 0; i < kept.size(); i++) {
			EscalationPathForm.Row row = kept.get(i);
			String field = "steps[" + i + "].";
			PartyRole role = null;
			PersonId person = null;
			String party = (row.getParty() != null) ? row.getParty().trim() : "";
			try {
				if (party.startsWith(EscalationPathForm.Row.PERSON)) {
					person = new PersonId(UUID.fromString(party.substring(EscalationPathForm.Row.PERSON.length())));
				}
				else if (!party.isEmpty()) {
					role = PartyRole.valueOf(party);
				}
				else {
					result.rejectValue(field + "party", "input.required", "Required");
				}
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue(field + "party", "escalation.step.party", "Choose a role or a person");
			}
			if (row.getAmount() == null) {
				result.rejectValue(field + "amount", "input.required", "Required");
			}
			DelayUnit unit = null;
			try {
				unit = DelayUnit.valueOf((row.getUnit() != null) ? row.getUnit() : "");
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue(field + "unit", "escalation.step.unit", "Choose hours or working days");
			}
			drafts.add(new StepDraft(role, person, row.getAmount(), unit));
		}
		return drafts;
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
