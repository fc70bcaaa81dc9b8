package io.ownership.core.catalog.view;

import java.util.UUID;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.ProductKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapsTests {

	private static final Ref TEAM = new Ref(UUID.randomUUID(), "Team");

	private static final Ref PRODUCT = new Ref(UUID.randomUUID(), "Product");

	private static final PersonRef ANNA = new PersonRef(UUID.randomUUID(), "Anna", true);

	private static final PersonRef GONE = new PersonRef(UUID.randomUUID(), "Gone", false);

	@Test
	void aProductWithTeamOwnerAndRiskOwnerIsNoGap() {
		assertThat(product(false, TEAM, ANNA, ANNA).gaps()).isEmpty();
	}

	@Test
	void missingOrDeactivatedOwnersAreGaps() {
		assertThat(product(false, null, null, null).gaps()).containsExactlyInAnyOrder(ProductGap.NO_OWNING_TEAM,
				ProductGap.NO_PRODUCT_OWNER, ProductGap.NO_RISK_OWNER);
		assertThat(product(false, TEAM, GONE, ANNA).gaps()).containsExactly(ProductGap.PRODUCT_OWNER_INACTIVE);
		assertThat(product(false, TEAM, ANNA, GONE).gaps()).containsExactly(ProductGap.RISK_OWNER_INACTIVE);
	}

	@Test
	void anArchivedProductIsNoGap() {
		assertThat(product(true, null, null, null).isGap()).isFalse();
	}

	@Test
	void aVendorOwnedComponentWithAResponsibleProductIsNoGapButOwnerDiffers() {
		AssetRow component = asset(null, "Vendor", PRODUCT);
		assertThat(component.isGap()).isFalse();
		assertThat(component.ownerDiffersFromResponsible()).isTrue();
		assertThat(component.home()).isEqualTo(PRODUCT);
	}

	@Test
	void anAssetWithoutOwnerOrResponsibleIsAGap() {
		assertThat(asset(null, null, PRODUCT).gaps()).containsExactly(AssetGap.NO_OWNER);
		assertThat(asset(PRODUCT, null, null).gaps()).containsExactly(AssetGap.NO_RESPONSIBLE_PRODUCT);
		assertThat(asset(PRODUCT, null, PRODUCT).ownerDiffersFromResponsible()).isFalse();
	}

	private static ProductRow product(boolean archived, Ref team, PersonRef owner, PersonRef riskOwner) {
		return new ProductRow(UUID.randomUUID(), "P", ProductKind.BUSINESS_SERVICE, archived, 0, team, owner, riskOwner,
				0);
	}

	private static AssetRow asset(Ref owner, String external, Ref responsible) {
		return new AssetRow(UUID.randomUUID(), "A", AssetType.THIRD_PARTY_COMPONENT, null, null, 0, owner, null,
				external, responsible, null);
	}

}
