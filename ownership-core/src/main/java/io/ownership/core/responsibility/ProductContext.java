package io.ownership.core.responsibility;

import java.util.List;
import java.util.Objects;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;

/**
 * What a party role needs to know about a product to name who stands behind it.
 *
 * @param id the product
 * @param name its name
 * @param kind its kind
 * @param owningTeam its owning team, or null
 * @param productOwner its product owner if set and active, or null
 * @param riskOwner its risk owner if set and active, or null
 * @param platformTeams the owning teams of the platforms it runs on
 * @param securityTeams the organization's teams of kind security
 * @param operationsTeams the organization's teams of kind operations
 */
public record ProductContext(ProductId id, String name, ProductKind kind, TeamRef owningTeam, PersonRef productOwner,
		PersonRef riskOwner, List<TeamRef> platformTeams, List<TeamRef> securityTeams, List<TeamRef> operationsTeams) {

	public ProductContext {
		Objects.requireNonNull(id, "id");
		platformTeams = List.copyOf(platformTeams);
		securityTeams = List.copyOf(securityTeams);
		operationsTeams = List.copyOf(operationsTeams);
	}

}
