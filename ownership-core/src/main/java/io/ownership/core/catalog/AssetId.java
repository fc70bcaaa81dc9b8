package io.ownership.core.catalog;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an asset.
 */
public record AssetId(UUID value) {

	public AssetId {
		Objects.requireNonNull(value, "value");
	}

	public static AssetId random() {
		return new AssetId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
