package io.ownership.web.catalog;

import java.util.UUID;

import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
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
 * {@code /assets}: the forms that register, edit and delete an asset; the asset is shown
 * on its product's page.
 */
@Controller
class AssetController {

	private final CatalogQuery query;

	private final CatalogService catalog;

	private final CatalogEditing editing;

	AssetController(CatalogQuery query, CatalogService catalog, CatalogEditing editing) {
		this.query = query;
		this.catalog = catalog;
		this.editing = editing;
	}

	@GetMapping("/assets/new")
	String newAsset(Actor actor, @RequestParam(name = "product", required = false) UUID product, Model model) {
		if (product != null) {
			this.editing.requireMayEditProduct(actor, new ProductId(product));
		}
		else {
			this.editing.requireMayEditEverything(actor);
		}
		AssetForm form = new AssetForm();
		form.setOwnerProduct(product);
		form.setResponsibleProduct(product);
		return form(form, null, model);
	}

	@PostMapping("/assets/new")
	String create(Actor actor, @Valid @ModelAttribute("form") AssetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!this.editing.mayEditEverything(actor)) {
			// As the form's page: a product's editor registers assets for that product.
			ProductId home = Asset.homeOf(
					(form.getOwnerProduct() == null) ? null : new ProductId(form.getOwnerProduct()),
					(form.getResponsibleProduct() == null) ? null : new ProductId(form.getResponsibleProduct()));
			if (home == null) {
				this.editing.requireMayEditEverything(actor);
			}
			else {
				this.editing.requireMayEditProduct(actor, home);
			}
		}
		return CatalogForms.save(result, redirect, "asset.created", () -> {
			Asset asset = this.catalog.registerAsset(actor, form.toDefinition());
			return redirectTo(asset);
		}, () -> form(form, null, model));
	}

	@GetMapping("/assets/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		Asset asset = load(id);
		this.editing.requireMayEditProduct(actor, asset.home());
		return form(formOf(asset), asset, model);
	}

	@PostMapping("/assets/{id}/edit")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") AssetForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.editing.requireMayEditProduct(actor, load(id).home());
		return CatalogForms.edit(result, model, response, redirect, "asset.updated", () -> {
			Asset asset = this.editing.editAsset(actor, new AssetId(id), form.getVersion(), form.toDefinition());
			return redirectTo(asset);
		}, () -> form(form, load(id), model));
	}

	@PostMapping("/assets/{id}/delete")
	String delete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		Asset asset = load(id);
		try {
			this.editing.deleteAsset(actor, new AssetId(id));
			redirect.addFlashAttribute("flash", "asset.deleted");
		}
		catch (DomainException ex) {
			Refusals.flash(redirect, ex);
		}
		return (asset.home() == null) ? "redirect:/products" : "redirect:/products/" + asset.home();
	}

	private Asset load(UUID id) {
		return this.catalog.asset(new AssetId(id)).orElseThrow(() -> new NotFoundException("Asset", id));
	}

	private static String redirectTo(Asset asset) {
		return (asset.home() == null) ? "redirect:/products" : "redirect:/products/" + asset.home();
	}

	private String form(AssetForm form, Asset current, Model model) {
		if (current != null && model.containsAttribute("conflict")) {
			// Shown the current values, the user saves again on the version they now see.
			form.setVersion(current.version());
		}
		model.addAttribute("form", form);
		model.addAttribute("current", current);
		model.addAttribute("types", AssetType.values());
		model.addAttribute("classifications", DataClassification.values());
		model.addAttribute("products", this.query.allProducts());
		return "catalog/asset-form";
	}

	private static AssetForm formOf(Asset asset) {
		AssetForm form = new AssetForm();
		form.setName(asset.name());
		form.setType(asset.type());
		form.setReference(asset.reference());
		form.setClassification(asset.classification());
		form.setOwnerProduct((asset.ownerProduct() == null) ? null : asset.ownerProduct().value());
		form.setExternalOwner(asset.externalOwner());
		form.setResponsibleProduct((asset.responsibleProduct() == null) ? null : asset.responsibleProduct().value());
		form.setVersion(asset.version());
		return form;
	}

}
