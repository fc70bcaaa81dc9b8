package io.ownership.web.catalog;

import java.util.List;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.GapCounts;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.shared.Page;

/**
 * The product list ready to show, built by {@link ProductPages}: the filter as applied,
 * the page of products (none when a filter value was refused), the organization's gap
 * counts, the choices of the filter form, the export's link with the same filters, and
 * whether the viewer may create products.
 */
public record ProductsPage(ProductFilter filter, Page<ProductRow> products, GapCounts gapCounts, List<Ref> teams,
		List<ProductKind> kinds, List<ProductSort> sorts, String exportLink, boolean mayCreate) {

}
