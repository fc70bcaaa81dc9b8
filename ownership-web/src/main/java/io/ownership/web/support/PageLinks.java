package io.ownership.web.support;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to another page of the current list that keep its search and filters, so that
 * every page of a list is bookmarkable. Available to every page as {@code links}. The
 * current query string arrives encoded and stays so; a new value is encoded here.
 */
public final class PageLinks {

	private final String path;

	private final String query;

	public PageLinks(String path, String query) {
		this.path = path;
		this.query = query;
	}

	public String to(int page) {
		return with("page", String.valueOf(Math.max(page, 0)));
	}

	/**
	 * The current address with one query parameter replaced; the page number starts again
	 * unless it is the parameter that changes.
	 */
	public String with(String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path)
			.query(this.query)
			.replaceQueryParam(name, (value == null) ? new Object[0]
					: new Object[] { UriUtils.encodeQueryParam(String.valueOf(value), StandardCharsets.UTF_8) });
		if (!"page".equals(name)) {
			builder.replaceQueryParam("page");
		}
		return builder.build().toUriString();
	}

}
