package io.ownership.core.catalog.view;

import java.util.UUID;

/**
 * A team, product or asset whose name matched, with who owns it and who is responsible.
 * For an asset: the owner product (with its team) or the external owner, and the
 * responsible product (with its team). For a product: the owning team as owner, the
 * product owner as responsible, and the risk owner. For a team: only its name.
 *
 * @param product the product whose page answers the question: the product itself, or the
 * asset's home product; null for a team
 */
public record SearchHit(Kind kind, UUID id, String name, String owner, String ownerTeam, String responsible,
		String responsibleTeam, String riskOwner, UUID product) {

	/**
	 * What matched.
	 */
	public enum Kind {

		TEAM, PRODUCT, ASSET

	}

}
