package io.ownership.web.catalog;

import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.web.support.TeamScopeForm;

/**
 * The product list's search and filters as the query string carries them, bound as
 * {@code productFilter}. A value that is not one of theirs (a kind or team that does not
 * exist, {@code matrix} other than {@code MISSING}) comes back as an error next to its
 * field, with the other values kept and the page rendered.
 */
public class ProductFilterForm extends TeamScopeForm {

	private String q;

	private boolean gaps;

	private boolean archived;

	private MatrixFilter matrix;

	private ProductSort sort = ProductSort.NAME;

	private String dir = "asc";

	/** The core's filter of these values. */
	ProductFilter toFilter() {
		return new ProductFilter(this.q, getKind(), getTeam(), this.gaps, this.archived, this.sort,
				"desc".equalsIgnoreCase(this.dir), this.matrix == MatrixFilter.MISSING);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public boolean isGaps() {
		return this.gaps;
	}

	public void setGaps(boolean gaps) {
		this.gaps = gaps;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public MatrixFilter getMatrix() {
		return this.matrix;
	}

	public void setMatrix(MatrixFilter matrix) {
		this.matrix = matrix;
	}

	public ProductSort getSort() {
		return this.sort;
	}

	public void setSort(ProductSort sort) {
		this.sort = sort;
	}

	public String getDir() {
		return this.dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

	/**
	 * {@code matrix=MISSING}: only products lacking a published matrix of a mandatory use
	 * case that applies to them (the dashboard links here).
	 */
	public enum MatrixFilter {

		MISSING

	}

}
