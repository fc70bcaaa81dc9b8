package io.ownership.web.support;

import io.ownership.core.shared.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The page of a list as the query string carries it ({@code page} from 0, {@code size}
 * from 1 to {@value PageRequest#MAX_SIZE}): the part of every list's filter form that
 * chooses the page, extended by the filter forms and bound alone by a list without
 * filters. A page number that is not one, or is out of range, comes back as an error
 * ({@code typeMismatch.page}, {@code paging.page}) shown above the list by
 * {@code fragments/forms :: paging-errors}, with the page rendered, never the 400 page.
 */
public class PagingForm {

	/** The size of a page when the query string names none. */
	public static final int DEFAULT_SIZE = 25;

	@Min(value = 0, message = "{paging.page}")
	private Integer page;

	@Min(value = 1, message = "{paging.size}")
	@Max(value = PageRequest.MAX_SIZE, message = "{paging.size}")
	private Integer size;

	/**
	 * The page asked for; the first page, and the default size, for a value that is not
	 * one.
	 */
	public PageRequest pageRequest() {
		return pageRequest(DEFAULT_SIZE);
	}

	/**
	 * The same for a list shown with another size by default (an object's history).
	 */
	public PageRequest pageRequest(int defaultSize) {
		return PageRequest.of((this.page != null) ? this.page : 0, (this.size != null) ? this.size : defaultSize);
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

}
