package io.ownership.core.catalog.view;

import java.util.List;
import java.util.UUID;

/**
 * Who someone is and what they are accountable for.
 */
public record PersonDetail(UUID id, String name, String email, boolean active, String username, long version,
		List<TeamRole> teams, List<ProductRow> productOwnerOf, List<ProductRow> riskOwnerOf) {

	public PersonDetail {
		teams = List.copyOf(teams);
		productOwnerOf = List.copyOf(productOwnerOf);
		riskOwnerOf = List.copyOf(riskOwnerOf);
	}

	/**
	 * A team this person belongs to, with their role there.
	 */
	public record TeamRole(UUID id, String name, String role) {

	}

}
