package io.ownership.web.gate;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.web.support.PagingForm;

/**
 * The filters of the products failing now ({@code team}, {@code kind}, as the dashboard
 * links them) with the page of the list. A value that is not one of theirs comes back as
 * an error on the page, with the others kept.
 */
public class FailingFilterForm extends PagingForm {

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
