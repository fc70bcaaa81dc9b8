package io.ownership.web.incident;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.incident.IncidentId;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.web.risk.RegistrableProducts;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletResponse;
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
 * The forms that record, change, close and reopen an incident. Every form is checked
 * again by {@link IncidentService}.
 */
@Controller
class IncidentFormController {

	private final IncidentService incidents;

	private final IncidentQuery query;

	private final RiskQuery risks;

	private final RegistrableProducts registrable;

	IncidentFormController(IncidentService incidents, IncidentQuery query, RiskQuery risks,
			RegistrableProducts registrable) {
		this.registrable = registrable;
		this.incidents = incidents;
		this.query = query;
		this.risks = risks;
	}

	/**
	 * The incident form's choices.
	 *
	 * @param incident the incident changed, null for a new one
	 * @param registrable whether the user may record an incident of some product (a new
	 * one)
	 * @param assetChoices the chosen product's assets, null before a product is chosen
	 * @param riskChoices the chosen product's risks, null before a product is chosen
	 */
	record FormPage(IncidentView incident, boolean registrable, List<RiskQuery.AssetChoice> assetChoices,
			List<IncidentQuery.Named> riskChoices, RiskLevel[] severities) {

	}

	@GetMapping("/incidents/new")
	String newIncident(Actor actor, @ModelAttribute("form") IncidentForm form, BindingResult result, Model model) {
		if (form.getSeverity() == null && !result.hasFieldErrors("severity")) {
			form.setSeverity(RiskLevel.MEDIUM);
		}
		return formPage(actor, form, null, model);
	}

	@PostMapping("/incidents/new")
	String report(Actor actor, @Valid @ModelAttribute("form") IncidentForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model,
			RedirectAttributes redirect) {
		if (refresh != null) {
			// Not a submission: only the chosen product's assets and risks are shown.
			BindingResult shown = new BeanPropertyBindingResult(form, "form");
			form.setProduct(
					this.registrable.resolve(actor, form.getProductName(), form.getProduct(), shown, "productName"));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
			return formPage(actor, form, null, model);
		}
		form.setProduct(
				this.registrable.resolve(actor, form.getProductName(), form.getProduct(), result, "productName"));
		return FormPost.submit(result, redirect, "incident.reported.flash", () -> {
			SecurityIncident incident = this.incidents.report(actor,
					(form.getProduct() == null) ? null : new ProductId(form.getProduct()), form.details());
			return "redirect:/incidents/" + incident.id();
		}, () -> formPage(actor, form, null, model));
	}

	@GetMapping("/incidents/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		IncidentView view = this.incidents.viewToEdit(actor, new IncidentId(id));
		return formPage(actor, IncidentForm.of(view), view, model);
	}

	@PostMapping("/incidents/{id}/edit")
	String revise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		IncidentView view = this.incidents.viewToEdit(actor, new IncidentId(id));
		form.setProduct(view.row().productId());
		return FormPost.edit(result, model, response, redirect, "incident.revised.flash", () -> {
			this.incidents.revise(actor, new IncidentId(id), form.getVersion(), form.details());
			return "redirect:/incidents/" + id;
		}, () -> formPage(actor, form, view, model));
	}

	private String formPage(Actor actor, IncidentForm form, IncidentView view, Model model) {
		UUID product = form.getProduct();
		if (view == null && product != null && (form.getProductName() == null || form.getProductName().isBlank())) {
			this.registrable.chosen(actor, product).forEach((chosen) -> form.setProductName(chosen.name()));
		}
		model.addAttribute("form", form);
		model.addAttribute("page",
				new FormPage(view, view == null && this.registrable.any(actor),
						(product != null) ? this.risks.assetChoices(product) : null,
						(product != null) ? this.query.risksOf(new ProductId(product)) : null, RiskLevel.values()));
		return "incident/form";
	}

	@PostMapping("/incidents/{id}/close")
	String close(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return FormPost.act(redirect, "incident.closed.flash", "redirect:/incidents/" + id,
				() -> this.incidents.close(actor, new IncidentId(id)));
	}

	@PostMapping("/incidents/{id}/reopen")
	String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return FormPost.act(redirect, "incident.reopened.flash", "redirect:/incidents/" + id,
				() -> this.incidents.reopen(actor, new IncidentId(id)));
	}

}
