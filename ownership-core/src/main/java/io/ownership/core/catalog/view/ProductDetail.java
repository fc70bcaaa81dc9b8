package io.ownership.core.catalog.view;

import java.util.List;

/**
 * A product's ownership page: the product, the platforms it runs on, its own assets and
 * those it inherits through "runs on", owned by the platforms.
 */
public record ProductDetail(ProductRow product, String description, List<Ref> runsOn, List<AssetRow> assets,
		List<AssetRow> inherited) {

	public ProductDetail {
		runsOn = List.copyOf(runsOn);
		assets = List.copyOf(assets);
		inherited = List.copyOf(inherited);
	}

	public List<AssetRow> assetGaps() {
		return this.assets.stream().filter(AssetRow::isGap).toList();
	}

}
