package io.ownership.web.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.PagingForm;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
 * {@code /products}: the product list with its export, each product's ownership page with
 * its history, and the forms that create, edit, archive and delete products.
 */
@Controller
class ProductController {

	private final CatalogQuery query;

	private final CatalogService catalog;

	private final CatalogEditing editing;

	private final ProductPages pages;

	ProductController(CatalogQuery query, CatalogService catalog, CatalogEditing editing, ProductPages pages) {
		this.query = query;
		this.catalog = catalog;
		this.editing = editing;
		this.pages = pages;
	}

	@KeptPage
	@GetMapping("/products")
	String list(Actor actor, @Valid @ModelAttribute("productFilter") ProductFilterForm form, BindingResult result,
			HttpServletRequest request, Model model) {
		model.addAttribute("page",
				this.pages.list(actor, form, result.hasErrors(), form.pageRequest(), request.getQueryString()));
		return "catalog/products";
	}

	/**
	 * The list as CSV, with the same filters; a value that is not one of theirs gets the
	 * list with the error next to its filter (status 400) instead of a file.
	 */
	@GetMapping(path = "/products.csv", produces = "text/csv")
	String export(Actor actor, @Valid @ModelAttribute("productFilter") ProductFilterForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(actor, form, result, request, model);
		}
		ProductFilter filter = form.toFilter();
		Csv.answer(response, "products.csv", (lines) -> {
			lines.add("id", "name", "kind", "team", "product owner", "risk owner", "assets", "archived", "gaps");
			this.query.exportProducts(filter,
					(row) -> lines.add(row.id(), row.name(), row.kind(),
							(row.team() == null) ? null : row.team().name(),
							(row.productOwner() == null) ? null : row.productOwner().name(),
							(row.riskOwner() == null) ? null : row.riskOwner().name(), row.assets(), row.archived(),
							row.gaps().stream().map(Enum::name).collect(Collectors.joining(" "))));
		});
		return null;
	}

	@GetMapping("/products/{id}")
	@KeptPage(areas = { "gate-result", "escalation", "history" })
	String show(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("historyForm") PagingForm history,
			BindingResult result, Model model, Locale locale) {
		model.addAttribute("page", this.pages.product(actor, id, history, locale));
		return "catalog/product";
	}

	@GetMapping("/products/new")
	String newProduct(Actor actor, Model model) {
		this.editing.requireMayEditEverything(actor);
		return form(new ProductForm(), null, model);
	}

	@PostMapping("/products/new")
	String create(Actor actor, @Valid @ModelAttribute("form") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.requireMayEditEverything(actor);
		return FormPost.submit(result, redirect, "product.created", () -> {
			Product product = this.catalog.defineProduct(actor, form.toDefinition());
			return "redirect:/products/" + product.id();
		}, () -> form(form, null, model));
	}

	@GetMapping("/products/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		ProductDetail detail = load(id);
		this.editing.requireMayEditProduct(actor, new ProductId(id));
		return form(ProductForm.of(detail), detail, model);
	}

	@PostMapping("/products/{id}/edit")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ProductForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.editing.requireMayEditProduct(actor, new ProductId(id));
		return FormPost.edit(result, model, response, redirect, "product.updated", () -> {
			this.editing.editProduct(actor, new ProductId(id), form.getVersion(), form.toDefinition());
			return "redirect:/products/" + id;
		}, () -> form(form, load(id), model));
	}

	@PostMapping("/products/{id}/archive")
	String archive(Actor actor, @PathVariable UUID id, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		return FormPost.act(redirect, "product.archived", "redirect:/products/" + id,
				() -> this.editing.archiveProduct(actor, new ProductId(id), version));
	}

	@PostMapping("/products/{id}/restore")
	String restore(Actor actor, @PathVariable UUID id, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		return FormPost.act(redirect, "product.restored", "redirect:/products/" + id,
				() -> this.editing.restoreProduct(actor, new ProductId(id), version));
	}

	@PostMapping("/products/{id}/delete")
	String delete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return FormPost.act(redirect, "product.deleted", () -> {
			this.editing.deleteProduct(actor, new ProductId(id));
			return "redirect:/products";
		}, "redirect:/products/" + id);
	}

	private ProductDetail load(UUID id) {
		return this.query.product(id).orElseThrow(() -> new NotFoundException("Product", id));
	}

	private String form(ProductForm form, ProductDetail current, Model model) {
		if (current != null) {
			form.followConflict(model, current.product().version());
		}
		List<Ref> platforms = this.query.platforms();
		model.addAttribute("form", form);
		model.addAttribute("page",
				new ProductFormPage(current, ProductKind.values(), this.query.allTeams(), this.query.activePeople(),
						(current == null) ? platforms
								: platforms.stream().filter((p) -> !p.id().equals(current.product().id())).toList()));
		return "catalog/product-form";
	}

	/**
	 * The product form's page (the form is the model attribute {@code form}): the product
	 * as it is now when one is edited, null for a new one, and the choices; a product
	 * does not run on itself.
	 */
	record ProductFormPage(ProductDetail current, ProductKind[] kinds, List<Ref> teams, List<Ref> people,
			List<Ref> platforms) {

	}

}
