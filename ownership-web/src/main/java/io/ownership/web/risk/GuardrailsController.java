package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.guardrail.GuardrailService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.FormPost;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /guardrails}: security managers edit the organization's guardrails and risk
 * matrix; {@code /products/{id}/guardrails}: a product's stricter ones.
 */
@Controller
class GuardrailsController {

	private final GuardrailService service;

	private final RiskAccess access;

	private final RiskQuery query;

	GuardrailsController(GuardrailService service, RiskAccess access, RiskQuery query) {
		this.query = query;
		this.service = service;
		this.access = access;
	}

	@ModelAttribute("levels")
	RiskLevel[] levels() {
		return RiskLevel.values();
	}

	@GetMapping("/guardrails")
	String show(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		model.addAttribute("form", GuardrailsForm.of(this.service.organization(), this.service.matrix()));
		model.addAttribute("stricterProducts", this.query.productsWithOwnGuardrails());
		return "risk/guardrails";
	}

	@PostMapping("/guardrails")
	String change(Actor actor, @ModelAttribute("form") GuardrailsForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		this.access.requireSecurityManager(actor);
		return FormPost.submit(result, redirect, "guardrails.saved", () -> {
			this.service.changeOrganization(actor, form.guardrails(), form.matrix());
			return "redirect:/guardrails";
		}, () -> {
			model.addAttribute("stricterProducts", this.query.productsWithOwnGuardrails());
			return "risk/guardrails";
		});
	}

	@GetMapping("/products/{id}/guardrails")
	String showProduct(Actor actor, @PathVariable UUID id, Model model) {
		Product product = this.access.product(new ProductId(id));
		model.addAttribute("form", GuardrailsForm.of(this.service.forProduct(product.id())));
		return productPage(actor, product, model);
	}

	@PostMapping("/products/{id}/guardrails")
	String changeProduct(Actor actor, @PathVariable UUID id, @ModelAttribute("form") GuardrailsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Product product = this.access.product(new ProductId(id));
		return FormPost.submit(result, redirect, "guardrails.saved", () -> {
			this.service.changeProduct(actor, product.id(), form.productGuardrails());
			return "redirect:/products/" + id + "/guardrails";
		}, () -> productPage(actor, product, model));
	}

	private String productPage(Actor actor, Product product, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("organization", this.service.organization());
		model.addAttribute("effective", this.service.inForce(product.id()));
		model.addAttribute("mayEdit", actor.has(io.ownership.core.shared.Role.SECURITY_MANAGER));
		return "risk/product-guardrails";
	}

}
