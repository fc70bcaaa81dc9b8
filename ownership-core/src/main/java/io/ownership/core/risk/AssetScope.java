package io.ownership.core.risk;

import java.util.Set;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;

/**
 * Port: the assets a risk of a product may concern: those the product owns or is
 * responsible for, and those it inherits from the platforms it runs on.
 */
public interface AssetScope {

	Set<AssetId> assetsOf(ProductId product);

}
