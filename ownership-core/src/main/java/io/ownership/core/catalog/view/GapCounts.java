package io.ownership.core.catalog.view;

/**
 * How many active products and assets have gaps in their ownership record.
 */
public record GapCounts(long products, long assets) {

	public long total() {
		return this.products + this.assets;
	}

}
