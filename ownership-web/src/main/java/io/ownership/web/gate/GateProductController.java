package io.ownership.web.gate;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateQuery.ProductEvaluation;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /products/{id}/gate}: a product's gate state, its check runs, its evaluation
 * history with filters and CSV, and its stricter policy.
 */
@Controller
class GateProductController {

	private final GateService service;

	private final GateQuery query;

	private final RiskAccess access;

	private final GatePages pages;

	GateProductController(GateService service, GateQuery query, RiskAccess access, GatePages pages) {
		this.service = service;
		this.query = query;
		this.access = access;
		this.pages = pages;
	}

	/**
	 * The history's filters only: the product is the one of the path.
	 */
	@InitBinder("filter")
	void ownHistory(WebDataBinder binder) {
		binder.setAllowedFields(HistoryForm.OWN_FIELDS);
	}

	/**
	 * The product's gate; a history filter or page that is not one is said next to its
	 * field, with status 400.
	 */
	@GetMapping("/products/{id}/gate")
	String product(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("filter") HistoryForm filter,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		Product product = this.access.product(new ProductId(id));
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("form", GatePolicyForm.of(this.service.productPolicy(product.id())));
		return productPage(actor, product, filter, request, model);
	}

	@PostMapping("/products/{id}/gate/policy")
	String changeProductPolicy(Actor actor, @PathVariable UUID id, @ModelAttribute("form") GatePolicyForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Product product = this.access.product(new ProductId(id));
		this.access.requireSecurityManager(actor);
		return FormPost.submit(result, redirect, "gate.policy.saved", () -> {
			this.service.changeProductPolicy(actor, product.id(), form.product());
			return "redirect:/products/" + id + "/gate";
		}, () -> productPage(actor, product, new HistoryForm(), request, model));
	}

	@GetMapping(path = "/products/{id}/gate.csv", produces = "text/csv")
	String export(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("filter") HistoryForm filter,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
			throws IOException {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return product(actor, id, filter, result, request, response, model);
		}
		Product product = this.access.product(new ProductId(id));
		this.pages.csv(response, "gate-history.csv",
				(each) -> this.query.export(product.id(), filter.toFilter(), GatePages.EXPORT_LIMIT,
						(row) -> each.accept(new ProductEvaluation(product.id().value(), product.name(), row))),
				locale);
		return null;
	}

	private String productPage(Actor actor, Product product, HistoryForm filter, HttpServletRequest request,
			Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.pages.product(product, filter, request, actor.has(Role.SECURITY_MANAGER),
				this.access.mayMaintain(actor, product)));
		return "gate/product";
	}

}
