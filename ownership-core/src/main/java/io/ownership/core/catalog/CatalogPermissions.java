package io.ownership.core.catalog;

import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

/**
 * Who may change what in the catalog. Security managers and administrators change
 * everything; a product owner changes the products whose product owner or risk owner they
 * are, and those products' assets; team members and auditors only read.
 */
public final class CatalogPermissions {

	private CatalogPermissions() {
	}

	/**
	 * Whether the actor may change every team, person, product and asset.
	 */
	public static boolean editsEverything(Actor actor) {
		return actor.hasAny(Role.SECURITY_MANAGER, Role.ADMIN);
	}

	/**
	 * Whether the actor, who is {@code self} in the catalog (or nobody), may change this
	 * product and its assets.
	 */
	public static boolean mayEdit(Actor actor, PersonId self, Product product) {
		if (editsEverything(actor)) {
			return true;
		}
		return product != null && self != null && actor.has(Role.PRODUCT_OWNER)
				&& (self.equals(product.productOwner()) || self.equals(product.riskOwner()));
	}

}
