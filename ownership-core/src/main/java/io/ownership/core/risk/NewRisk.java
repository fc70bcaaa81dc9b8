package io.ownership.core.risk;

import java.util.Set;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;

/**
 * A risk to register.
 */
public record NewRisk(ProductId product, RiskDescription description, int likelihood, int impact, RiskFlags flags,
		Set<AssetId> assets) {

	public NewRisk {
		assets = (assets == null) ? Set.of() : Set.copyOf(assets);
	}

}
