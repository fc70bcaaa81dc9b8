package io.ownership.core.shared;

/**
 * Which slice of a list to show: a zero-based page number and a page size between 1 and
 * 200.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 0) {
			page = 0;
		}
		if (size < 1) {
			size = 25;
		}
		if (size > MAX_SIZE) {
			size = MAX_SIZE;
		}
	}

	public static PageRequest of(int page, int size) {
		return new PageRequest(page, size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
