package io.ownership.web.catalog;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.core.responsibility.ResponsibilityGaps;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.audit.HistoryLabels;
import io.ownership.web.support.PagingForm;

import org.springframework.stereotype.Component;

/**
 * Builds a product's {@link ProductPage} in one place.
 */
@Component
class ProductPages {

	/** History entries per page of a product's page. */
	static final int HISTORY_SHOWN = 20;

	private final CatalogQuery query;

	private final CatalogEditing editing;

	private final AuditQuery history;

	private final HistoryLabels historyLabels;

	private final ResponsibilityGaps responsibilityGaps;

	ProductPages(CatalogQuery query, CatalogEditing editing, AuditQuery history, HistoryLabels historyLabels,
			ResponsibilityGaps responsibilityGaps) {
		this.query = query;
		this.editing = editing;
		this.history = history;
		this.historyLabels = historyLabels;
		this.responsibilityGaps = responsibilityGaps;
	}

	/**
	 * @param refused whether the filter form has errors: no products are listed then
	 * @param query the request's query string, kept by the export's link
	 */
	ProductsPage list(Actor actor, ProductFilterForm form, boolean refused, PageRequest pageRequest, String query) {
		ProductFilter filter = form.toFilter();
		return new ProductsPage(filter,
				refused ? new Page<>(List.of(), pageRequest, 0) : this.query.products(filter, pageRequest),
				this.query.gaps(), this.query.allTeams(), List.of(ProductKind.values()), List.of(ProductSort.values()),
				"/products.csv" + ((query == null) ? "" : "?" + query), this.editing.mayEditEverything(actor));
	}

	/**
	 * @param history the page of the history asked for ({@code ?page=})
	 */
	ProductPage product(Actor actor, UUID id, PagingForm history, Locale locale) {
		ProductDetail detail = this.query.product(id).orElseThrow(() -> new NotFoundException("Product", id));
		ProductId productId = new ProductId(id);
		Page<AuditRecord> entries = this.history.search(AuditFilter.forEntity("Product", id),
				history.pageRequest(HISTORY_SHOWN));
		return new ProductPage(detail, this.editing.mayEditProduct(actor, productId),
				this.responsibilityGaps.forProducts(List.of(productId)).getOrDefault(productId, List.of()), entries,
				this.historyLabels.of(entries.content(), locale));
	}

}
