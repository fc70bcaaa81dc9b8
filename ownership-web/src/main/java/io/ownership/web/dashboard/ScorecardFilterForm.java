package io.ownership.web.dashboard;

import io.ownership.core.catalog.TeamKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.web.support.PagingForm;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The scorecards' filters and order as the query string carries them, bound as
 * {@code scorecardFilter}: a team kind, part of the team's name ({@code q}), a KPI to
 * sort by and the direction, and the page. A value that is not one of theirs comes back
 * as an error next to its field, with the other values kept and the page rendered.
 */
public class ScorecardFilterForm extends PagingForm {

	static final int MAX_LENGTH = 200;

	private TeamKind kind;

	@Size(max = MAX_LENGTH)
	private String q;

	private Kpi sort;

	@Pattern(regexp = "asc|desc")
	private String dir = "asc";

	boolean descending() {
		return "desc".equals(this.dir);
	}

	/** Part of the name, trimmed and in lower case, or null. */
	String part() {
		return (this.q == null || this.q.isBlank()) ? null : this.q.trim().toLowerCase(java.util.Locale.ROOT);
	}

	public TeamKind getKind() {
		return this.kind;
	}

	public void setKind(TeamKind kind) {
		this.kind = kind;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Kpi getSort() {
		return this.sort;
	}

	public void setSort(Kpi sort) {
		this.sort = sort;
	}

	public String getDir() {
		return this.dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

}
