package io.ownership.web.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.shared.Role;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.view.Pick;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.incident.IncidentId;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.Picker;
import io.ownership.web.support.PagingForm;
import io.ownership.web.support.KeptPage;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /risks/new}, {@code /risks/{id}/edit} and {@code /risks/{id}}: registering and
 * reassessing a risk, and its page (built by {@link RiskPages}). The forms on the page
 * post to {@link RiskTreatmentController} and {@link RiskAcceptanceController}. Every
 * form is checked again by the use case.
 */
@Controller
class RiskController {

	private final RiskService risks;

	private final RiskQuery query;

	private final RiskAccess access;

	private final RiskPages pages;

	private final IncidentService incidents;

	private final PickQuery picks;

	private final RegistrableProducts registrable;

	RiskController(RiskService risks, RiskQuery query, RiskAccess access, RiskPages pages, IncidentService incidents,
			PickQuery picks, RegistrableProducts registrable) {
		this.picks = picks;
		this.registrable = registrable;
		this.incidents = incidents;
		this.risks = risks;
		this.query = query;
		this.access = access;
		this.pages = pages;
	}

	/**
	 * The new-risk form, prefilled from the query string (product, source, reference,
	 * title, description, likelihood, impact), as other pages link to it ("register a
	 * risk from this finding"). A value of the wrong type is shown next to its field.
	 */
	@GetMapping("/risks/new")
	String newRisk(Actor actor, @ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
		if (form.getLikelihood() == null && !result.hasFieldErrors("likelihood")) {
			form.setLikelihood(3);
		}
		if (form.getImpact() == null && !result.hasFieldErrors("impact")) {
			form.setImpact(3);
		}
		return newPage(actor, form, model);
	}

	/**
	 * Registers the risk; the "refresh" button (the form without JavaScript) shows the
	 * chosen product's assets and the score again, keeping what was typed.
	 */
	@PostMapping("/risks/new")
	String register(Actor actor, @Valid @ModelAttribute("form") RiskForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model,
			RedirectAttributes redirect) {
		if (refresh != null) {
			// Not a submission: nothing is refused yet, only the choices are shown again.
			BindingResult shown = new BeanPropertyBindingResult(form, "form");
			resolveProducts(actor, form, shown);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
			return newPage(actor, form, model);
		}
		resolveProducts(actor, form, result);
		return FormPost.submit(result, redirect, "risk.registered", () -> {
			NewRisk command = new NewRisk((form.getProduct() == null) ? null : new ProductId(form.getProduct()),
					form.description(), form.getLikelihood(), form.getImpact(), form.flags(), form.assetIds());
			Risk risk = (form.getPostMortem() != null)
					? this.incidents.registerRisk(actor, new IncidentId(form.getPostMortem()), command)
					: this.risks.register(actor, command);
			return "redirect:/risks/" + risk.id();
		}, () -> newPage(actor, form, model));
	}

	/**
	 * The parts of the form that depend on the chosen product, for htmx: its assets and
	 * the other products it may affect.
	 */
	@GetMapping("/risks/new/product-fields")
	String productFields(Actor actor, @ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
		resolveProducts(actor, form, new BeanPropertyBindingResult(form, "form"));
		newPage(actor, form, model);
		return "risk/fragments :: product-fields";
	}

	/**
	 * The score and level that the likelihood and impact give under the organization's
	 * matrix, for htmx as they change.
	 */
	@GetMapping("/risks/preview")
	String preview(@ModelAttribute("form") RiskForm form, BindingResult result, Model model) {
		model.addAttribute("page", new RiskFormPage(null, false, List.of(), List.of(), preview(form)));
		return "risk/fragments :: preview";
	}

	private Preview preview(RiskForm form) {
		if (form.getLikelihood() == null || form.getImpact() == null) {
			return null;
		}
		try {
			int likelihood = form.getLikelihood();
			int impact = form.getImpact();
			return new Preview(likelihood, impact, likelihood * impact, this.risks.levelOf(likelihood, impact));
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	/**
	 * A score as the form shows it before saving.
	 */
	record Preview(int likelihood, int impact, int score, RiskLevel level) {

	}

	/**
	 * The new-risk and reassessment forms' page (the form is the model attribute
	 * {@code form}), and the score fragment's.
	 *
	 * @param risk the risk reassessed, null for a new one
	 * @param registrable whether the viewer may register a risk for some product (the
	 * new-risk form)
	 * @param affected the other products the form says the risk affects, by name
	 * @param assetChoices the chosen product's assets, none while no product is chosen
	 * @param preview the score and level of the form's likelihood and impact, null while
	 * they are not valid
	 */
	record RiskFormPage(Risk risk, boolean registrable, List<Pick> affected, List<RiskQuery.AssetChoice> assetChoices,
			Preview preview) {

		public RiskSource[] sources() {
			return RiskSource.values();
		}

	}

	private String newPage(Actor actor, RiskForm form, Model model) {
		List<Pick> chosen = this.registrable.chosen(actor, form.getProduct());
		boolean registrable = !chosen.isEmpty() || this.registrable.any(actor);
		if (!chosen.isEmpty() && (form.getProductName() == null || form.getProductName().isBlank())) {
			form.setProductName(chosen.get(0).name());
		}
		model.addAttribute("form", form);
		model.addAttribute("page", new RiskFormPage(null, registrable, affected(form),
				chosen.isEmpty() ? List.of() : this.query.assetChoices(form.getProduct()), preview(form)));
		return "risk/new";
	}

	/**
	 * The product the new-risk form's search field names among those the actor may
	 * register a risk for (or the id posted), and the other product typed to add to the
	 * affected ones; what names none or several is said next to its field.
	 */
	private void resolveProducts(Actor actor, RiskForm form, BindingResult result) {
		form.setProduct(
				this.registrable.resolve(actor, form.getProductName(), form.getProduct(), result, "productName"));
		addAffected(form, result);
	}

	/**
	 * Adds the product typed in the affected products' search field (any product not
	 * archived) to the affected ones; the field is emptied once it is added.
	 */
	private void addAffected(RiskForm form, BindingResult result) {
		String name = form.getAffectedName();
		if (name == null || name.isBlank()) {
			return;
		}
		UUID id = Picker.resolve(name, result, "affectedName",
				(limit) -> this.picks.registrableProducts(null, true, name, true, limit));
		if (id != null) {
			List<UUID> affected = new ArrayList<>(form.getAffectedProducts());
			if (!affected.contains(id)) {
				affected.add(id);
			}
			form.setAffectedProducts(affected);
			form.setAffectedName(null);
		}
	}

	/** The affected products the form names, by name. */
	private List<Pick> affected(RiskForm form) {
		return this.picks.products(form.getAffectedProducts());
	}

	/**
	 * The suggestions of the new-risk form's product field: the products the actor may
	 * register a risk (or record an incident) for whose name contains {@code q}.
	 */
	@GetMapping("/risks/new/products")
	String products(Actor actor, @RequestParam(name = "q", required = false) String q, Model model) {
		return this.registrable.suggestions(actor, q, model);
	}

	/**
	 * The suggestions of the affected products' field (new risk and reassessment): every
	 * product not archived whose name contains {@code q}, for those who register or
	 * maintain risks.
	 */
	@GetMapping("/risks/affected-products")
	String affectedProducts(Actor actor, @RequestParam(name = "q", required = false) String q, Model model) {
		if (!actor.hasAny(Role.SECURITY_MANAGER, Role.PRODUCT_OWNER)) {
			throw new ForbiddenException("risk.forbidden.products", "Only those who register risks search products");
		}
		return Picker.suggestions(q, model, (limit) -> this.picks.registrableProducts(null, true, q, false, limit));
	}

	@GetMapping("/risks/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		Risk risk = this.risks.load(new RiskId(id));
		this.access.requireMaintain(actor, this.access.product(risk.product()));
		return editPage(risk, RiskForm.of(risk), model);
	}

	@PostMapping("/risks/{id}/edit")
	String reassess(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") RiskForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Risk risk = this.risks.load(new RiskId(id));
		this.access.requireMaintain(actor, this.access.product(risk.product()));
		form.setProduct(risk.product().value());
		addAffected(form, result);
		return FormPost.submit(result, redirect, "risk.reassessed", () -> {
			this.risks.reassess(actor, risk.id(), form.description(), form.getLikelihood(), form.getImpact(),
					form.flags(), form.assetIds(), form.getReason(), form.getVersion());
			return "redirect:/risks/" + id;
		}, () -> editPage(risk, form, model));
	}

	private String editPage(Risk risk, RiskForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", new RiskFormPage(risk, false, affected(form),
				this.query.assetChoices(risk.product().value()), preview(form)));
		return "risk/edit";
	}

	/**
	 * The risk's page; {@code ?page=} chooses the page of its history.
	 */
	@KeptPage(areas = "history")
	@GetMapping("/risks/{id}")
	String show(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("historyForm") PagingForm history,
			BindingResult result, Model model) {
		return this.pages.show(actor, new RiskId(id), model);
	}

}
