package io.ownership.web.support;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

/**
 * The filters a list across products shares, as the query string carries them: one
 * product ({@code product}), the products of one team ({@code team}) and one product kind
 * ({@code kind}). A list's filter form extends it with its own filters; a value that is
 * not one of theirs is an error next to its filter, as for every filter. The page of the
 * list comes with it ({@link PagingForm}).
 */
public abstract class ProductScopeForm extends PagingForm {

	private UUID product;

	private UUID team;

	private ProductKind kind;

	public UUID getProduct() {
		return this.product;
	}

	public void setProduct(UUID product) {
		this.product = product;
	}

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
