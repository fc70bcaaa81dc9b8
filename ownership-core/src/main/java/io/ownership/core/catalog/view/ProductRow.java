package io.ownership.core.catalog.view;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

/**
 * A product as lists show it: who owns it and what is missing.
 *
 * @param team the owning team, or null
 * @param productOwner the product owner, or null
 * @param riskOwner the risk owner (ISO/IEC 27001), or null
 * @param assets how many assets belong to it (owned, or vendor-owned and in its care)
 */
public record ProductRow(UUID id, String name, ProductKind kind, boolean archived, long version, Ref team,
		PersonRef productOwner, PersonRef riskOwner, long assets) {

	/**
	 * What is missing; an archived product has no gaps.
	 */
	public Set<ProductGap> gaps() {
		Set<ProductGap> gaps = EnumSet.noneOf(ProductGap.class);
		if (this.archived) {
			return gaps;
		}
		if (this.team == null) {
			gaps.add(ProductGap.NO_OWNING_TEAM);
		}
		if (this.productOwner == null) {
			gaps.add(ProductGap.NO_PRODUCT_OWNER);
		}
		else if (!this.productOwner.active()) {
			gaps.add(ProductGap.PRODUCT_OWNER_INACTIVE);
		}
		if (this.riskOwner == null) {
			gaps.add(ProductGap.NO_RISK_OWNER);
		}
		else if (!this.riskOwner.active()) {
			gaps.add(ProductGap.RISK_OWNER_INACTIVE);
		}
		return gaps;
	}

	public boolean isGap() {
		return !gaps().isEmpty();
	}

}
