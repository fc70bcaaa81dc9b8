package io.ownership.core.catalog.view;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

/**
 * Which assets the asset list shows. An asset belongs to the team and kind of the product
 * that owns it or, owned by a vendor, of the product responsible for it, as the
 * dashboard's asset coverage counts it.
 *
 * @param team only assets of this team's products, or null
 * @param kind only assets of products of this kind, or null
 * @param gapsOnly only assets without an owner or without a responsible product
 */
public record AssetFilter(UUID team, ProductKind kind, boolean gapsOnly) {

}
