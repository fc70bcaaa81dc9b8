package io.ownership.web.threat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatDirectory;
import io.ownership.core.threat.ThreatId;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.web.support.FormPost;
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
 * that change them; a threat's own page to revise it and the one that turns a threat to
 * accept into a risk. Every form is checked again by the use case.
 */
@Controller
class BacklogItemController {

	private final ThreatService threats;

	private final ThreatQuery query;

	private final ThreatDirectory directory;

	private final RiskQuery riskQuery;

	private final AuditQuery history;

	BacklogItemController(ThreatService threats, ThreatQuery query, ThreatDirectory directory, RiskQuery riskQuery,
			AuditQuery history) {
		this.threats = threats;
		this.query = query;
		this.directory = directory;
		this.riskQuery = riskQuery;
		this.history = history;
	}

	@ModelAttribute("categories")
	Stride[] categories() {
		return Stride.values();
	}

	@ModelAttribute("statuses")
	ThreatStatus[] statuses() {
		return ThreatStatus.values();
	}

	@ModelAttribute("decisions")
	ThreatDecision[] decisions() {
		return ThreatDecision.values();
	}

	@GetMapping("/threats/items/{id}")
	String show(Actor actor, @PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page,
			Model model) {
		return page(actor, this.threats.item(new BacklogItemId(id)), page, model);
	}

	@PostMapping("/threats/items/{id}/triage")
	String retriage(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("itemForm") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		requireEdit(actor, item);
		return act(actor, item, result, model, redirect, "threat.item.retriaged",
				() -> this.threats.retriage(actor, item.id(), form.item(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/decision")
	String decide(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		requireDecide(actor, item);
		return act(actor, item, result, model, redirect, "threat.item.decided",
				() -> this.threats.decide(actor, item.id(), form.getDecision(), form.getReason(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/model")
	String start(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		String back = "redirect:/threats/items/" + id;
		return FormPost.act(redirect, "threat.model.started", () -> {
			this.threats.startModel(actor, item.id());
			return back;
		}, back);
	}

	@PostMapping("/threats/items/{id}/participants")
	String invite(Actor actor, @PathVariable UUID id, @ModelAttribute("participantsForm") ParticipantsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		ThreatModel threatModel = modelOf(item);
		requireEdit(actor, item);
		return act(actor, item, result, model, redirect, "threat.participants.saved",
				() -> this.threats.invite(actor, threatModel.id(), form.people(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/threats")
	String record(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("threatForm") ThreatForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		ThreatModel threatModel = modelOf(item);
		requireEdit(actor, item);
		return act(actor, item, result, model, redirect, "threat.recorded",
				() -> this.threats.recordThreat(actor, threatModel.id(), form.draft(), form.getVersion()));
	}

	@PostMapping("/threats/items/{id}/finish")
	String finish(Actor actor, @PathVariable UUID id, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		ThreatModel threatModel = modelOf(item);
		String back = "redirect:/threats/items/" + id;
		return FormPost.act(redirect, "threat.model.finishedFlash", () -> {
			this.threats.finish(actor, threatModel.id(), version);
			return back;
		}, back);
	}

	@GetMapping("/threats/items/{id}/threats/{threat}/edit")
	String editThreat(Actor actor, @PathVariable UUID id, @PathVariable UUID threat, Model model) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		requireEdit(actor, item);
		ThreatModel threatModel = modelOf(item);
		Threat current = threatModel.threat(new ThreatId(threat));
		return threatPage(item, current, ThreatForm.of(current, threatModel.version()), model);
	}

	@PostMapping("/threats/items/{id}/threats/{threat}/edit")
	String revise(Actor actor, @PathVariable UUID id, @PathVariable UUID threat,
			@Valid @ModelAttribute("threatForm") ThreatForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		requireEdit(actor, item);
		ThreatModel threatModel = modelOf(item);
		Threat current = threatModel.threat(new ThreatId(threat));
		return FormPost.submit(result, redirect, "threat.revised", () -> {
			this.threats.reviseThreat(actor, threatModel.id(), current.id(), form.draft(), form.getVersion());
			return "redirect:/threats/items/" + id;
		}, () -> threatPage(item, current, form, model));
	}

	private String threatPage(BacklogItem item, Threat threat, ThreatForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("threat", threat);
		model.addAttribute("threatForm", form);
		return "threat/threat-edit";
	}

	@GetMapping("/threats/items/{id}/threats/{threat}/risk")
	String riskForm(Actor actor, @PathVariable UUID id, @PathVariable UUID threat, Model model) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		requireEdit(actor, item);
		ThreatModel threatModel = modelOf(item);
		Threat current = threatModel.requireToAccept(new ThreatId(threat));
		return riskPage(item, current, ThreatRiskForm.proposal(item, threatModel.version()), model);
	}

	@PostMapping("/threats/items/{id}/threats/{threat}/risk")
	String registerRisk(Actor actor, @PathVariable UUID id, @PathVariable UUID threat,
			@Valid @ModelAttribute("riskForm") ThreatRiskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BacklogItem item = this.threats.item(new BacklogItemId(id));
		requireEdit(actor, item);
		ThreatModel threatModel = modelOf(item);
		Threat current = threatModel.threat(new ThreatId(threat));
		return FormPost.submit(result, redirect, "threat.risk.registered", () -> {
			Risk risk = this.threats.registerRisk(actor, threatModel.id(), current.id(), form.proposal(),
					form.getVersion());
			return "redirect:/risks/" + risk.id();
		}, () -> riskPage(item, current, form, model));
	}

	private String riskPage(BacklogItem item, Threat threat, ThreatRiskForm form, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("threat", threat);
		model.addAttribute("riskForm", form);
		model.addAttribute("assetChoices", this.riskQuery.assetChoices(item.product().value()));
		return "threat/risk-new";
	}

	private String act(Actor actor, BacklogItem item, BindingResult result, Model model, RedirectAttributes redirect,
			String flash, Supplier<?> action) {
		return FormPost.submit(result, redirect, flash, () -> {
			action.get();
			return "redirect:/threats/items/" + item.id();
		}, () -> page(actor, this.threats.item(item.id()), 0, model));
	}

	private String page(Actor actor, BacklogItem item, int page, Model model) {
		Product product = this.threats.product(item.product());
		Optional<ThreatModel> threatModel = this.threats.modelOf(item.id());
		boolean mayEdit = this.threats.mayEdit(actor, product);
		boolean mayDecide = this.threats.mayDecide(actor, product);
		model.addAttribute("item", item);
		model.addAttribute("product", product);
		model.addAttribute("teamName",
				this.query.product(product.id()).map(ThreatQuery.ProductRef::teamName).orElse(null));
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("mayDecide", mayDecide);
		model.addAttribute("threatModel", threatModel.orElse(null));
		model.addAttribute("threats", threatModel.isPresent() ? this.query.threatsOf(item.id()) : List.of());
		Map<PersonId, String> names = threatModel.map((m) -> this.directory.names(m.participants())).orElse(Map.of());
		model.addAttribute("participantNames", names.values().stream().sorted().toList());
		boolean open = threatModel.isPresent() && !threatModel.get().isFinished();
		model.addAttribute("candidates", (mayEdit && open && product.owningTeam() != null)
				? this.directory.candidates(product.owningTeam()) : List.of());
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", ItemForm.of(item));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.of(item));
		}
		if (!model.containsAttribute("participantsForm")) {
			model.addAttribute("participantsForm", ParticipantsForm.of(threatModel));
		}
		if (!model.containsAttribute("threatForm")) {
			model.addAttribute("threatForm", ThreatForm.empty(threatModel.map(ThreatModel::version).orElse(0L)));
		}
		model.addAttribute("history",
				this.history.search(AuditFilter.forEntity("BacklogItem", item.id()), PageRequest.of(page, 20)));
		return "threat/item";
	}

	private ThreatModel modelOf(BacklogItem item) {
		return this.threats.modelOf(item.id()).orElseThrow(() -> new NotFoundException("ThreatModel", item.id()));
	}

	private void requireEdit(Actor actor, BacklogItem item) {
		if (!this.threats.mayEdit(actor, this.threats.product(item.product()))) {
			throw new ForbiddenException("threat.forbidden.edit",
					"Only the members of the product's team triage its backlog and model its threats");
		}
	}

	private void requireDecide(Actor actor, BacklogItem item) {
		if (!this.threats.mayDecide(actor, this.threats.product(item.product()))) {
			throw new ForbiddenException("threat.forbidden.decide",
					"Only the product owner decides on threat models and finishes them");
		}
	}

}
