package io.ownership.core.catalog;

import io.ownership.core.shared.InvalidInputException;

/**
 * Checks that the teams, people and products a command names exist, and says which field
 * names one that does not.
 */
final class References {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ProductRepository products;

	References(TeamRepository teams, PersonRepository people, ProductRepository products) {
		this.teams = teams;
		this.people = people;
		this.products = products;
	}

	void requireParties(ProductDefinition definition) {
		if (definition.owningTeam() != null && this.teams.findById(definition.owningTeam()).isEmpty()) {
			throw new InvalidInputException("owningTeam", "product.team.unknown", "No such team");
		}
		requirePerson("productOwner", definition.productOwner());
		requirePerson("riskOwner", definition.riskOwner());
	}

	void requireProducts(AssetDefinition definition) {
		requireProduct("ownerProduct", definition.ownerProduct());
		requireProduct("responsibleProduct", definition.responsibleProduct());
	}

	private void requirePerson(String field, PersonId person) {
		if (person != null && this.people.findById(person).isEmpty()) {
			throw new InvalidInputException(field, "product.person.unknown", "No such person");
		}
	}

	private void requireProduct(String field, ProductId product) {
		if (product != null && this.products.findById(product).isEmpty()) {
			throw new InvalidInputException(field, "asset.product.unknown", "No such product");
		}
	}

}
