package io.ownership.core.catalog.view;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.TeamKind;

/**
 * A team's ownership dashboard: the products it owns, the assets those products own, the
 * third-party components (and other assets owned elsewhere) it is responsible for, what
 * it inherits from the platforms its products run on, its gaps and its people.
 */
public record TeamDashboard(UUID id, String name, TeamKind kind, String description, long version, List<Member> members,
		List<ProductRow> products, List<AssetRow> ownedAssets, List<AssetRow> responsibleFor,
		List<AssetRow> inherited) {

	public TeamDashboard {
		members = List.copyOf(members);
		products = List.copyOf(products);
		ownedAssets = List.copyOf(ownedAssets);
		responsibleFor = List.copyOf(responsibleFor);
		inherited = List.copyOf(inherited);
	}

	public List<ProductRow> productGaps() {
		return this.products.stream().filter(ProductRow::isGap).toList();
	}

	public List<AssetRow> assetGaps() {
		return this.ownedAssets.stream().filter(AssetRow::isGap).toList();
	}

	public long gapCount() {
		return productGaps().size() + assetGaps().size();
	}

}
