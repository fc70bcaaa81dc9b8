package io.ownership.core.catalog;

import java.util.Set;

/**
 * What describes a product when it is created or edited.
 */
public record ProductDefinition(String name, ProductKind kind, String description, TeamId owningTeam,
		PersonId productOwner, PersonId riskOwner, Set<ProductId> runsOn) {

	public ProductDefinition {
		runsOn = (runsOn == null) ? Set.of() : Set.copyOf(runsOn);
	}

}
