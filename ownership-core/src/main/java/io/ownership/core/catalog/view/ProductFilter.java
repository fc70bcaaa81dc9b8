package io.ownership.core.catalog.view;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

/**
 * What the product list shows: a name search, filters and an order.
 *
 * @param text part of the product's name, or null
 * @param kind only this kind, or null
 * @param team only products of this team, or null
 * @param gapsOnly only products with a gap
 * @param archived also archived products
 * @param missingMatrix only products lacking a published matrix of a mandatory use case
 * that applies to them
 */
public record ProductFilter(String text, ProductKind kind, UUID team, boolean gapsOnly, boolean archived,
		ProductSort sort, boolean descending, boolean missingMatrix) {

	public ProductFilter(String text, ProductKind kind, UUID team, boolean gapsOnly, boolean archived, ProductSort sort,
			boolean descending) {
		this(text, kind, team, gapsOnly, archived, sort, descending, false);
	}

	public ProductFilter {
		text = (text == null || text.isBlank()) ? null : text.trim();
		sort = (sort == null) ? ProductSort.NAME : sort;
	}

	public static ProductFilter all() {
		return new ProductFilter(null, null, null, false, false, ProductSort.NAME, false);
	}

}
