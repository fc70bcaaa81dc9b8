package io.ownership.core.risk;

import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.Names;

/**
 * The three conditions of the guardrails that force escalation whatever the level: the
 * risk affects other products (which ones), involves customer data, or violates a
 * security requirement (which one).
 */
public record RiskFlags(Set<ProductId> affectedProducts, boolean involvesCustomerData, String violatedRequirement) {

	public static final RiskFlags NONE = new RiskFlags(Set.of(), false, null);

	public RiskFlags {
		affectedProducts = (affectedProducts == null) ? Set.of() : Set.copyOf(affectedProducts);
		violatedRequirement = Names.optional("violatedRequirement", violatedRequirement, 300);
	}

	public boolean affectsOtherProducts() {
		return !this.affectedProducts.isEmpty();
	}

	public boolean violatesRequirement() {
		return this.violatedRequirement != null;
	}

	/**
	 * Whether any flag that is off here is on in {@code next}.
	 */
	public boolean turnsOnIn(RiskFlags next) {
		return (!affectsOtherProducts() && next.affectsOtherProducts())
				|| (!this.involvesCustomerData && next.involvesCustomerData)
				|| (!violatesRequirement() && next.violatesRequirement());
	}

}
