package io.ownership.web.catalog;

import java.util.UUID;

import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
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
 * {@code /assets}: the list of assets with their owners, and the forms that register,
 * edit and delete an asset; the asset is shown on its product's page.
 */
@Controller
class AssetController {

	private final AssetPages pages;

	private final CatalogService catalog;

	private final CatalogEditing editing;

	AssetController(AssetPages pages, CatalogService catalog, CatalogEditing editing) {
		this.pages = pages;
		this.catalog = catalog;
		this.editing = editing;
	}

	/**
	 * Every asset, by type and name, with its owner and responsible product; filters
	 * ({@link AssetFilterForm}) {@code team}, {@code kind} (of the product the asset
	 * belongs to) and {@code gaps} (without owner or responsible product): the list
	 * behind the dashboard's asset coverage. A filter or page that is not one is said on
	 * the page.
	 */
	@KeptPage
	@GetMapping("/assets")
	String list(@Valid @ModelAttribute("filter") AssetFilterForm filter, BindingResult result, Model model) {
		model.addAttribute("page", this.pages.list(filter.toFilter(), filter.pageRequest()));
		return "catalog/assets";
	}

	@GetMapping("/assets/new")
	String newAsset(Actor actor, @RequestParam(name = "product", required = false) UUID product, Model model) {
		if (product != null) {
			this.editing.requireMayEditProduct(actor, new ProductId(product));
		}
		else {
			this.editing.requireMayEditEverything(actor);
		}
		return form(AssetForm.forProduct(product), null, model);
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
		return FormPost.submit(result, redirect, "asset.created", () -> {
			Asset asset = this.catalog.registerAsset(actor, form.toDefinition());
			return redirectTo(asset);
		}, () -> form(form, null, model));
	}

	@GetMapping("/assets/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		Asset asset = load(id);
		this.editing.requireMayEditProduct(actor, asset.home());
		return form(AssetForm.of(asset), asset, model);
	}

	@PostMapping("/assets/{id}/edit")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") AssetForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.editing.requireMayEditProduct(actor, load(id).home());
		return FormPost.edit(result, model, response, redirect, "asset.updated", () -> {
			Asset asset = this.editing.editAsset(actor, new AssetId(id), form.getVersion(), form.toDefinition());
			return redirectTo(asset);
		}, () -> form(form, load(id), model));
	}

	@PostMapping("/assets/{id}/delete")
	String delete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		Asset asset = load(id);
		return FormPost.act(redirect, "asset.deleted", redirectTo(asset),
				() -> this.editing.deleteAsset(actor, new AssetId(id)));
	}

	private Asset load(UUID id) {
		return this.catalog.asset(new AssetId(id)).orElseThrow(() -> new NotFoundException("Asset", id));
	}

	private static String redirectTo(Asset asset) {
		return (asset.home() == null) ? "redirect:/products" : "redirect:/products/" + asset.home();
	}

	private String form(AssetForm form, Asset current, Model model) {
		if (current != null) {
			form.followConflict(model, current.version());
		}
		model.addAttribute("form", form);
		model.addAttribute("page", this.pages.form(current));
		return "catalog/asset-form";
	}

}
