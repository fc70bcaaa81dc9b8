package io.ownership.core.catalog;

import java.util.Set;
import java.util.TreeSet;

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

	/*
	 * The history records names, as they are when the change is made, so that it reads as
	 * it did then whatever is renamed or removed later.
	 */

	String teamName(TeamId id) {
		return (id == null) ? null : this.teams.findById(id).map(Team::name).orElse(id.toString());
	}

	String personName(PersonId id) {
		return (id == null) ? null : this.people.findById(id).map(Person::name).orElse(id.toString());
	}

	String productName(ProductId id) {
		return (id == null) ? null : this.products.findById(id).map(Product::name).orElse(id.toString());
	}

	/**
	 * The products' names in alphabetical order, or null for none.
	 */
	String productNames(Set<ProductId> ids) {
		if (ids == null || ids.isEmpty()) {
			return null;
		}
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		ids.forEach((id) -> names.add(productName(id)));
		return String.join(", ", names);
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
