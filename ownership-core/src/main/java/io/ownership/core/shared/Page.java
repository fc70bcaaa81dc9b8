package io.ownership.core.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the total so that pagination can be drawn.
 */
public record Page<T>(List<T> content, PageRequest request, long totalElements) {

	public Page {
		content = List.copyOf(content);
	}

	public int totalPages() {
		return (int) ((this.totalElements + this.request.size() - 1) / this.request.size());
	}

	public int number() {
		return this.request.page();
	}

	public boolean hasPrevious() {
		return this.request.page() > 0;
	}

	public boolean hasNext() {
		return this.request.page() + 1 < totalPages();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.content.stream().map(mapper).toList(), this.request, this.totalElements);
	}

}
