package io.ownership.web.threat;

import java.util.UUID;

import io.ownership.core.risk.Risk;
import io.ownership.core.shared.Actor;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatId;
import io.ownership.core.threat.ThreatService;
import io.ownership.web.support.FormPost;
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
 * A threat's own pages: {@code .../threats/{threat}/edit} to revise it and
 * {@code .../threats/{threat}/risk}, which turns a threat to accept into a risk. Only the
 * members of the product's team open them; the use case checks again.
 */
@Controller
class ThreatController {

	private final ThreatService threats;

	private final ItemPages pages;

	ThreatController(ThreatService threats, ItemPages pages) {
		this.threats = threats;
		this.pages = pages;
	}

	@GetMapping("/threats/items/{id}/threats/{threat}/edit")
	String editThreat(Actor actor, @PathVariable UUID id, @PathVariable UUID threat, Model model) {
		ItemPages.Edited edited = this.pages.editableModel(actor, id);
		Threat current = edited.model().threat(new ThreatId(threat));
		return threatPage(edited.item(), current, ThreatForm.of(current, edited.model().version()), model);
	}

	@PostMapping("/threats/items/{id}/threats/{threat}/edit")
	String revise(Actor actor, @PathVariable UUID id, @PathVariable UUID threat,
			@Valid @ModelAttribute("threatForm") ThreatForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ItemPages.Edited edited = this.pages.editableModel(actor, id);
		Threat current = edited.model().threat(new ThreatId(threat));
		return FormPost.submit(result, redirect, "threat.revised", () -> {
			this.threats.reviseThreat(actor, edited.model().id(), current.id(), form.draft(), form.getVersion());
			return "redirect:/threats/items/" + id;
		}, () -> threatPage(edited.item(), current, form, model));
	}

	private String threatPage(BacklogItem item, Threat threat, ThreatForm form, Model model) {
		model.addAttribute("page", this.pages.threat(item, threat));
		model.addAttribute("threatForm", form);
		return "threat/threat-edit";
	}

	@GetMapping("/threats/items/{id}/threats/{threat}/risk")
	String riskForm(Actor actor, @PathVariable UUID id, @PathVariable UUID threat, Model model) {
		ItemPages.Edited edited = this.pages.editableModel(actor, id);
		Threat current = edited.model().requireToAccept(new ThreatId(threat));
		return riskPage(edited.item(), current, ThreatRiskForm.proposal(edited.item(), edited.model().version()),
				model);
	}

	@PostMapping("/threats/items/{id}/threats/{threat}/risk")
	String registerRisk(Actor actor, @PathVariable UUID id, @PathVariable UUID threat,
			@Valid @ModelAttribute("riskForm") ThreatRiskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ItemPages.Edited edited = this.pages.editableModel(actor, id);
		Threat current = edited.model().threat(new ThreatId(threat));
		return FormPost.submit(result, redirect, "threat.risk.registered", () -> {
			Risk risk = this.threats.registerRisk(actor, edited.model().id(), current.id(), form.proposal(),
					form.getVersion());
			return "redirect:/risks/" + risk.id();
		}, () -> riskPage(edited.item(), current, form, model));
	}

	private String riskPage(BacklogItem item, Threat threat, ThreatRiskForm form, Model model) {
		model.addAttribute("page", this.pages.risk(item, threat));
		model.addAttribute("riskForm", form);
		return "threat/risk-new";
	}

}
