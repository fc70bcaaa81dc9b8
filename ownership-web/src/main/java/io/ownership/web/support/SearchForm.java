package io.ownership.web.support;

/**
 * A list searched by one text ({@code q}) as the query string carries it, with the page
 * of the list: the filter form of every {@link SearchPage}, bound as {@code search}.
 */
public class SearchForm extends PagingForm {

	private String q;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
