package io.ownership.web.threat;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.ownership.core.shared.Actor;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatService;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.PagingForm;
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
 * {@code /threats/items/{id}}: a backlog item with its triage, the product owner's
 * decision, its threat model (participants and threats) and its history, and the forms
 * that change them (a threat's own pages are {@link ThreatController}'s). Every form is
 * checked again by the use case.
 */
@Controller
class BacklogItemController {

	private final ThreatService threats;

	private final ItemPages pages;

	BacklogItemController(ThreatService threats, ItemPages pages) {
		this.threats = threats;
		this.pages = pages;
	}

	/**
	 * The item's page; a history page that is not one is said above the history.
	 */
	@GetMapping("/threats/items/{id}")
	String show(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("historyForm") PagingForm history,
			BindingResult result, Model model) {
		return page(actor, new BacklogItemId(id), history, model);
	}

	@PostMapping("/threats/items/{id}/triage")
	String retriage(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("itemForm") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BacklogItem item = this.pages.editable(actor, id);
		return act(actor, item, result, model, redirect, "threat.item.retriaged",
				() -> this.threats.retriage(actor, item.id(), form.item(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/decision")
	String decide(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BacklogItem item = this.pages.decidable(actor, id);
		return act(actor, item, result, model, redirect, "threat.item.decided",
				() -> this.threats.decide(actor, item.id(), form.getDecision(), form.getReason(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/model")
	String start(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		return FormPost.act(redirect, "threat.model.started", "redirect:/threats/items/" + id,
				() -> this.threats.startModel(actor, item.id()));
	}

	@PostMapping("/threats/items/{id}/participants")
	String invite(Actor actor, @PathVariable UUID id, @ModelAttribute("participantsForm") ParticipantsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ItemPages.Edited edited = this.pages.editableModel(actor, id);
		return act(actor, edited.item(), result, model, redirect, "threat.participants.saved",
				() -> this.threats.invite(actor, edited.model().id(), form.people(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/threats")
	String record(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("threatForm") ThreatForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ItemPages.Edited edited = this.pages.editableModel(actor, id);
		return act(actor, edited.item(), result, model, redirect, "threat.recorded",
				() -> this.threats.recordThreat(actor, edited.model().id(), form.draft(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/finish")
	String finish(Actor actor, @PathVariable UUID id, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		ThreatModel threatModel = this.pages.modelOf(this.threats.item(new BacklogItemId(id)));
		return FormPost.act(redirect, "threat.model.finishedFlash", "redirect:/threats/items/" + id,
				() -> this.threats.finish(actor, threatModel.id(), version));
	}

	private String act(Actor actor, BacklogItem item, BindingResult result, Model model, RedirectAttributes redirect,
			String flash, Supplier<?> action) {
		return FormPost.submit(result, redirect, flash, () -> {
			action.get();
			return "redirect:/threats/items/" + item.id();
		}, () -> {
			PagingForm history = new PagingForm();
			model.addAttribute("historyForm", history);
			return page(actor, item.id(), history, model);
		});
	}

	private String page(Actor actor, BacklogItemId id, PagingForm history, Model model) {
		ItemPages.ItemPage itemPage = this.pages.page(actor, id, history);
		BacklogItem item = itemPage.item();
		ThreatModel threatModel = itemPage.threatModel();
		model.addAttribute("page", itemPage);
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", ItemForm.of(item));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.of(item));
		}
		if (!model.containsAttribute("participantsForm")) {
			model.addAttribute("participantsForm", ParticipantsForm.of(Optional.ofNullable(threatModel)));
		}
		if (!model.containsAttribute("threatForm")) {
			model.addAttribute("threatForm", ThreatForm.empty((threatModel != null) ? threatModel.version() : 0L));
		}
		return "threat/item";
	}

}
