package io.ownership.web.catalog;

import io.ownership.core.catalog.view.AssetFilter;
import io.ownership.web.support.TeamScopeForm;

/**
 * The asset list's filters as the query string carries them (the dashboard's asset
 * coverage links them): {@code team}, {@code kind} of the product the asset belongs to,
 * {@code gaps} (without owner or responsible product), with the page of the list. A value
 * that is not one of theirs is said on the page, and the list is shown without it.
 */
public class AssetFilterForm extends TeamScopeForm {

	private boolean gaps;

	AssetFilter toFilter() {
		return new AssetFilter(getTeam(), getKind(), this.gaps);
	}

	public boolean isGaps() {
		return this.gaps;
	}

	public void setGaps(boolean gaps) {
		this.gaps = gaps;
	}

}
