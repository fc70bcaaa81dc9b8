package io.ownership.core.catalog.view;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;

/**
 * An asset with its owner (a product with its team, or an external party) and its
 * responsible product.
 *
 * @param ownerProduct the owning product, or null
 * @param ownerTeam the team owning that product, or null
 * @param externalOwner the vendor or other external owner, or null
 * @param responsibleProduct the product responsible for it, or null
 * @param responsibleTeam the team owning the responsible product, or null
 */
public record AssetRow(UUID id, String name, AssetType type, String reference, DataClassification classification,
		long version, Ref ownerProduct, Ref ownerTeam, String externalOwner, Ref responsibleProduct,
		Ref responsibleTeam) {

	/**
	 * Whether owner and responsible party differ, as for a vendor's component that a
	 * product must keep up to date.
	 */
	public boolean ownerDiffersFromResponsible() {
		if (this.externalOwner != null) {
			return true;
		}
		return this.ownerProduct != null
				&& (this.responsibleProduct == null || !this.ownerProduct.id().equals(this.responsibleProduct.id()));
	}

	public Set<AssetGap> gaps() {
		Set<AssetGap> gaps = EnumSet.noneOf(AssetGap.class);
		if (this.ownerProduct == null && this.externalOwner == null) {
			gaps.add(AssetGap.NO_OWNER);
		}
		if (this.responsibleProduct == null) {
			gaps.add(AssetGap.NO_RESPONSIBLE_PRODUCT);
		}
		return gaps;
	}

	public boolean isGap() {
		return !gaps().isEmpty();
	}

	/**
	 * The product the asset belongs to: its owner or, for a vendor's component, the
	 * product responsible for it.
	 */
	public Ref home() {
		return (this.ownerProduct != null) ? this.ownerProduct : this.responsibleProduct;
	}

}
