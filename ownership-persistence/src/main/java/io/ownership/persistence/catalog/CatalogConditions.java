package io.ownership.persistence.catalog;

/**
 * The catalog's SQL conditions that other features count with (the dashboard), so that a
 * count and the catalog list it links to select the same rows. Aliases: {@code p}
 * product, {@code po} product owner, {@code ro} risk owner, {@code a} asset.
 */
public final class CatalogConditions {

	/** An active product with a gap in its ownership record. */
	public static final String PRODUCT_GAP = JdbcCatalogQuery.PRODUCT_GAP;

	/** An asset without owner or without responsible product. */
	public static final String ASSET_GAP = JdbcCatalogQuery.ASSET_GAP;

	/** A product lacking a published matrix of a mandatory use case applying to it. */
	public static final String MISSING_MATRIX = JdbcCatalogQuery.MISSING_MATRIX;

	private CatalogConditions() {
	}

}
