package io.ownership.core.gate;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;

/**
 * What the gate needs to know of a product besides its risks and checks.
 *
 * @param id the product
 * @param name its name
 * @param kind its kind, which says which checks are required
 * @param team its owning team, null when it has none
 * @param riskOwnerVacant whether it has no active risk owner
 * @param productOwnerVacant whether it has no active product owner
 * @param missingMatrices the mandatory use cases that apply to it and have no published
 * matrix
 */
public record GateSubject(ProductId id, String name, ProductKind kind, TeamId team, boolean riskOwnerVacant,
		boolean productOwnerVacant, List<UseCaseRef> missingMatrices) {

	public GateSubject {
		missingMatrices = List.copyOf(missingMatrices);
	}

	/**
	 * A use case named on a reason.
	 */
	public record UseCaseRef(UUID id, String name) {

	}

}
