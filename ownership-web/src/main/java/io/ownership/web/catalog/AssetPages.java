package io.ownership.web.catalog;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.AssetFilter;
import io.ownership.core.catalog.view.AssetRow;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

import org.springframework.stereotype.Component;

/**
 * Builds the asset list ({@link AssetsPage}) and the asset form's page
 * ({@link AssetFormPage}) in one place, for the pages and for the posts that show the
 * form again with errors.
 */
@Component
class AssetPages {

	private final CatalogQuery query;

	AssetPages(CatalogQuery query) {
		this.query = query;
	}

	/**
	 * A page of assets with the filter that chose them.
	 *
	 * @param team the team filtered on, null for every team
	 * @param kind the kind of product filtered on, null for every kind
	 * @param gapsOnly whether only assets without owner or responsible product are shown
	 */
	record AssetsPage(Page<AssetRow> assets, UUID team, ProductKind kind, boolean gapsOnly) {

		/** Whether any filter narrows the list, so that it may be cleared. */
		public boolean filtered() {
			return this.gapsOnly || this.kind != null || this.team != null;
		}

	}

	/**
	 * The asset form's choices (the form is the model attribute {@code form}), and the
	 * asset as it is now when one is edited.
	 *
	 * @param current the asset being edited, null for a new one
	 * @param action where the form posts
	 */
	record AssetFormPage(Asset current, String action, List<AssetType> types, List<DataClassification> classifications,
			List<Ref> products) {

	}

	AssetsPage list(AssetFilter filter, PageRequest page) {
		return new AssetsPage(this.query.assets(filter, page), filter.team(), filter.kind(), filter.gapsOnly());
	}

	AssetFormPage form(Asset current) {
		return new AssetFormPage(current,
				(current == null) ? "/assets/new" : "/assets/" + current.id().value() + "/edit",
				List.of(AssetType.values()), List.of(DataClassification.values()), this.query.allProducts());
	}

}
