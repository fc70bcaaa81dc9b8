package io.ownership.core.catalog.imports;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;

/**
 * An asset as an import describes it.
 *
 * @param ref the entry
 * @param key how other entries refer to it ({@code resource:x}), or null
 * @param name the asset's name
 * @param type the asset type
 * @param reference a URL or path, or null
 * @param classification the data classification, or null (a new data store is then
 * internal)
 * @param ownerProduct the owning product (key or name), or null
 * @param ownerTeam a team whose only product (or the responsible product, when the team
 * owns it) owns the asset; used when no owning product is named
 * @param responsibleProduct the responsible product, or null for the owner
 * @param externalOwner the vendor owning a third-party component, or null
 */
public record AssetDraft(EntryRef ref, String key, String name, AssetType type, String reference,
		DataClassification classification, String ownerProduct, String ownerTeam, String responsibleProduct,
		String externalOwner) {

}
