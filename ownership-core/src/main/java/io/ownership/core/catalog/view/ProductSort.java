package io.ownership.core.catalog.view;

/**
 * The orders of the product list.
 */
public enum ProductSort {

	NAME, KIND, TEAM, PRODUCT_OWNER, ASSETS

}
