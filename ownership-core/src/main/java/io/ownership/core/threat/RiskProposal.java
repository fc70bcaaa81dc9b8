package io.ownership.core.threat;

import java.util.Set;

import io.ownership.core.catalog.AssetId;

/**
 * What the team adds when a threat to accept becomes a risk: its likelihood and impact
 * (1-5), whether it involves customer data, and the product's assets it affects.
 */
public record RiskProposal(int likelihood, int impact, boolean involvesCustomerData, Set<AssetId> assets) {

	public RiskProposal {
		assets = (assets == null) ? Set.of() : Set.copyOf(assets);
	}

}
