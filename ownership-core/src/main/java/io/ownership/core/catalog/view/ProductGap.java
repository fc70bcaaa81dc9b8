package io.ownership.core.catalog.view;

/**
 * Why an active product is a gap in the ownership record.
 */
public enum ProductGap {

	NO_OWNING_TEAM, NO_PRODUCT_OWNER, NO_RISK_OWNER, PRODUCT_OWNER_INACTIVE, RISK_OWNER_INACTIVE

}
