package io.ownership.core.catalog;

import java.util.Optional;

/**
 * Port: loads and stores assets.
 */
public interface AssetRepository {

	Optional<Asset> findById(AssetId id);

	void save(Asset asset);

	void delete(AssetId id);

}
