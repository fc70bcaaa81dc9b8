package io.ownership.core.catalog;

import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;

/**
 * Applies {@link CatalogPermissions} to the acting user, whose person in the catalog is
 * found through their user account.
 */
final class CatalogAccess {

	private final PersonRepository people;

	private final ProductRepository products;

	CatalogAccess(PersonRepository people, ProductRepository products) {
		this.people = people;
		this.products = products;
	}

	void requireEditsEverything(Actor actor) {
		if (!CatalogPermissions.editsEverything(actor)) {
			throw new ForbiddenException("catalog.forbidden",
					"Only security managers and administrators change teams, people and new products");
		}
	}

	boolean mayEdit(Actor actor, ProductId productId) {
		if (CatalogPermissions.editsEverything(actor)) {
			return true;
		}
		if (productId == null) {
			return false;
		}
		return this.products.findById(productId).map((product) -> mayEdit(actor, product)).orElse(false);
	}

	boolean mayEdit(Actor actor, Product product) {
		if (CatalogPermissions.editsEverything(actor)) {
			return true;
		}
		PersonId self = this.people.findByUsername(actor.username()).map(Person::id).orElse(null);
		return CatalogPermissions.mayEdit(actor, self, product);
	}

	void requireMayEdit(Actor actor, Product product) {
		if (!mayEdit(actor, product)) {
			throw new ForbiddenException("product.forbidden",
					"You may only change products whose product owner or risk owner you are", product.name());
		}
	}

	void requireMayEdit(Actor actor, ProductId productId) {
		if (!mayEdit(actor, productId)) {
			throw new ForbiddenException("product.forbidden",
					"You may only change products whose product owner or risk owner you are");
		}
	}

	/**
	 * An asset belongs to its owner product or, when a vendor owns it, to the product
	 * responsible for it; whoever may change that product may change the asset.
	 */
	void requireMayEditAsset(Actor actor, ProductId home) {
		if (!mayEdit(actor, home)) {
			throw new ForbiddenException("asset.forbidden",
					"You may only change assets of products whose product owner or risk owner you are");
		}
	}

	/**
	 * Making a product responsible for an asset puts the asset on that product's page and
	 * its team's dashboard: only someone who may act for that product may do it. Refused
	 * on the field, so that the form keeps what was typed.
	 */
	void requireMayMakeResponsible(Actor actor, ProductId responsible) {
		if (responsible == null || CatalogPermissions.editsEverything(actor)) {
			return;
		}
		Product product = this.products.findById(responsible).orElse(null);
		if (product != null && !mayEdit(actor, product)) {
			throw new InvalidInputException("responsibleProduct", "asset.responsible.forbidden",
					"You may only make a product responsible that you may act for; ask its product owner or a security manager to assign "
							+ product.name(),
					product.name());
		}
	}

}
