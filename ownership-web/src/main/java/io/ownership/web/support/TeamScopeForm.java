package io.ownership.web.support;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

/**
 * The filters a list of the products' things shares, as the query string carries them:
 * the products of one team ({@code team}) and one product kind ({@code kind}). A list's
 * filter form extends it with its own filters ({@link ProductScopeForm} adds one
 * product); a value that is not one of theirs is an error next to its filter, as for
 * every filter. The page of the list comes with it ({@link PagingForm}).
 */
public abstract class TeamScopeForm extends PagingForm {

	private UUID team;

	private ProductKind kind;

	public UUID getTeam() {
		return this.team;
	}

	public void setTeam(UUID team) {
		this.team = team;
	}

	public ProductKind getKind() {
		return this.kind;
	}

	public void setKind(ProductKind kind) {
		this.kind = kind;
	}

}
