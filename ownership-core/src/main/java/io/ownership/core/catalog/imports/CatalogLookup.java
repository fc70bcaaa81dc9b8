package io.ownership.core.catalog.imports;

import java.util.List;
import java.util.Optional;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: the catalog questions an import asks beyond loading by id or name.
 */
public interface CatalogLookup {

	/**
	 * The asset of this name (case-insensitive, trimmed) owned by the product or, for an
	 * asset owned by an external party, that the product is responsible for.
	 */
	Optional<AssetId> findAsset(ProductId product, String name);

	/**
	 * The products, archived ones excepted, that the team owns.
	 */
	List<ProductId> productsOfTeam(TeamId team);

	/**
	 * Whether some product runs on this one.
	 */
	boolean hasDependents(ProductId platform);

}
