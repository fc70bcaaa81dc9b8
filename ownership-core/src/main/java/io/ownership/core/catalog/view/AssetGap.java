package io.ownership.core.catalog.view;

/**
 * Why an asset is a gap in the ownership record.
 */
public enum AssetGap {

	NO_OWNER, NO_RESPONSIBLE_PRODUCT

}
