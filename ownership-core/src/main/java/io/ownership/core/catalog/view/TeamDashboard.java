package io.ownership.core.catalog.view;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.TeamKind;

/**
 * A team's ownership dashboard: the products it owns, the assets those products own, the
 * third-party components (and other assets owned elsewhere) it is responsible for, what
 * it inherits from the platforms its products run on, its gaps and its people. Each list
 * of assets may be the first ones only, with the number there are in all.
 *
 * @param ownedTotal the number of assets the team's products own
 * @param responsibleTotal the number of assets owned elsewhere the team is responsible
 * for
 * @param inheritedTotal the number of assets it inherits
 * @param assetGaps every asset the team owns that has a gap, whether listed or not
 */
public record TeamDashboard(UUID id, String name, TeamKind kind, String description, long version, List<Member> members,
		List<ProductRow> products, List<AssetRow> ownedAssets, List<AssetRow> responsibleFor, List<AssetRow> inherited,
		long ownedTotal, long responsibleTotal, long inheritedTotal, List<AssetRow> assetGaps) {

	public TeamDashboard {
		members = List.copyOf(members);
		products = List.copyOf(products);
		ownedAssets = List.copyOf(ownedAssets);
		responsibleFor = List.copyOf(responsibleFor);
		inherited = List.copyOf(inherited);
		assetGaps = List.copyOf(assetGaps);
	}

	public List<ProductRow> productGaps() {
		return this.products.stream().filter(ProductRow::isGap).toList();
	}

	public long gapCount() {
		return productGaps().size() + assetGaps().size();
	}

}
