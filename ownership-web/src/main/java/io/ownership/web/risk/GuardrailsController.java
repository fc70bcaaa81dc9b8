package io.ownership.web.risk;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.guardrail.GuardrailService;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.FormPost;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	GuardrailsController(GuardrailService service, RiskAccess access, RiskQuery query, MessageSource messages) {
		this.query = query;
		this.messages = messages;
		this.service = service;
		this.access = access;
	}

	/**
	 * The organization's guardrails: the products with stricter ones; the form is the
	 * model attribute {@code form}.
	 */
	record GuardrailsPage(List<RiskQuery.Choice> stricterProducts, RiskLevel[] levels) {

	}

	/**
	 * A product's guardrails: those in force as a sentence, whether the viewer may
	 * tighten them; the form is the model attribute {@code form}.
	 */
	record ProductGuardrailsPage(Product product, String effective, boolean mayEdit, RiskLevel[] levels) {

	}

	@GetMapping("/guardrails")
	String show(Actor actor, Model model) {
		this.access.requireSecurityManager(actor);
		model.addAttribute("form", GuardrailsForm.of(this.service.organization(), this.service.matrix()));
		return organizationPage(model);
	}

	@PostMapping("/guardrails")
	String change(Actor actor, @ModelAttribute("form") GuardrailsForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		this.access.requireSecurityManager(actor);
		return FormPost.submit(result, redirect, "guardrails.saved", () -> {
			this.service.changeOrganization(actor, form.guardrails(), form.matrix());
			return "redirect:/guardrails";
		}, () -> organizationPage(model));
	}

	private String organizationPage(Model model) {
		model.addAttribute("page", new GuardrailsPage(this.query.productsWithOwnGuardrails(), RiskLevel.values()));
		return "risk/guardrails";
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
		Guardrails effective = this.service.inForce(product.id());
		Locale locale = LocaleContextHolder.getLocale();
		String text = this.messages.getMessage("guardrails.effective",
				new Object[] { this.messages.getMessage("risk.level." + effective.autonomyLimit(), null, locale),
						effective.maxDays(RiskLevel.LOW), effective.maxDays(RiskLevel.MEDIUM),
						effective.maxDays(RiskLevel.HIGH), effective.maxDays(RiskLevel.CRITICAL) },
				locale);
		model.addAttribute("page",
				new ProductGuardrailsPage(product, text, actor.has(Role.SECURITY_MANAGER), RiskLevel.values()));
		return "risk/product-guardrails";
	}

}
