package io.ownership.web.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The versioned paths of the front-end libraries served from webjars, so that pages link
 * to them without a class-path lookup per link.
 */
@Component("webAssets")
public class WebAssets {

	private final String bootstrapVersion;

	private final String htmxVersion;

	WebAssets(@Value("${ownership.assets.bootstrap}") String bootstrapVersion,
			@Value("${ownership.assets.htmx}") String htmxVersion) {
		this.bootstrapVersion = bootstrapVersion;
		this.htmxVersion = htmxVersion;
	}

	public String bootstrapVersion() {
		return this.bootstrapVersion;
	}

	public String htmxVersion() {
		return this.htmxVersion;
	}

}
