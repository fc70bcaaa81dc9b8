package io.ownership.web.catalog;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.AssetFilter;
import io.ownership.web.support.PagingForm;

/**
 * The asset list's filters as the query string carries them (the dashboard's asset
 * coverage links them): {@code team}, {@code kind} of the product the asset belongs to,
 * {@code gaps} (without owner or responsible product), with the page of the list. A value
 * that is not one of theirs is said on the page, and the list is shown without it.
 */
public class AssetFilterForm extends PagingForm {

	private UUID team;

	private ProductKind kind;

	private boolean gaps;

	AssetFilter toFilter() {
		return new AssetFilter(this.team, this.kind, this.gaps);
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

	public boolean isGaps() {
		return this.gaps;
	}

	public void setGaps(boolean gaps) {
		this.gaps = gaps;
	}

}
