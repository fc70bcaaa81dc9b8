package io.ownership.web.support;

import java.util.UUID;

/**
 * The filters a list across products shares, as the query string carries them: one
 * product ({@code product}), with the team and the product kind of {@link TeamScopeForm}.
 * A list's filter form extends it with its own filters; a value that is not one of theirs
 * is an error next to its filter, as for every filter. The page of the list comes with it
 * ({@link PagingForm}).
 */
public abstract class ProductScopeForm extends TeamScopeForm {

	private UUID product;

	public UUID getProduct() {
		return this.product;
	}

	public void setProduct(UUID product) {
		this.product = product;
	}

}
