package io.ownership.web.catalog;

import java.util.List;

import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.responsibility.Gap;
import io.ownership.core.shared.Page;
import io.ownership.web.audit.HistoryLabels;

/**
 * A product's ownership page ready to show, built by {@link ProductPages}: the product
 * with its assets and platforms, its responsibility gaps, a page of its history with the
 * history's labels, and whether the viewer may edit it.
 */
record ProductPage(ProductDetail detail, boolean mayEdit, List<Gap> responsibilityGaps, Page<AuditRecord> history,
		HistoryLabels.Shown historyLabels) {

	public ProductRow product() {
		return this.detail.product();
	}

}
