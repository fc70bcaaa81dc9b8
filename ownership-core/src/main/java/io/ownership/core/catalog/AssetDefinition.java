package io.ownership.core.catalog;

/**
 * What describes an asset when it is registered or edited.
 */
public record AssetDefinition(String name, AssetType type, String reference, DataClassification classification,
		ProductId ownerProduct, String externalOwner, ProductId responsibleProduct) {
}
