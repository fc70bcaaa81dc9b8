package io.ownership.web.config;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The versioned paths of the front-end libraries served from webjars, so that pages link
 * to them without a class-path lookup per link, and the layout's links to the style
 * sheets and scripts ({@link #head()}), the application's own files by the URL holding a
 * hash of their content: computed once, on first use ({@link #url(String)} for a page's
 * own files). No filter rewrites the links of every page: Spring's
 * {@code ResourceUrlEncodingFilter} matched every {@code @{...}} link of a page against
 * the static files' patterns (8 % of rendering a 50-row table of links).
 */
@Component("webAssets")
public class WebAssets {

	private final String bootstrapVersion;

	private final String htmxVersion;

	private final ObjectProvider<ResourceUrlProvider> urls;

	private volatile Head head;

	private final Map<String, String> paths = new ConcurrentHashMap<>();

	WebAssets(@Value("${ownership.assets.bootstrap}") String bootstrapVersion,
			@Value("${ownership.assets.htmx}") String htmxVersion, ObjectProvider<ResourceUrlProvider> urls) {
		this.bootstrapVersion = bootstrapVersion;
		this.htmxVersion = htmxVersion;
		this.urls = urls;
	}

	public String bootstrapVersion() {
		return this.bootstrapVersion;
	}

	public String htmxVersion() {
		return this.htmxVersion;
	}

	/**
	 * The URLs of the layout's style sheets and scripts: the application's files with the
	 * hash of their content, under the current request's context path.
	 * @return the URLs; the versioned paths are looked up on first use (the resource
	 * mappings are known once the context has started), the context path is the request's
	 * (a proxy's prefix may change it)
	 */
	public Head head() {
		Head head = this.head;
		if (head == null) {
			head = new Head(path("/webjars/bootstrap/" + this.bootstrapVersion + "/css/bootstrap.min.css"),
					path("/css/ownership.css"), path("/webjars/htmx.org/" + this.htmxVersion + "/dist/htmx.min.js"),
					path("/webjars/bootstrap/" + this.bootstrapVersion + "/js/bootstrap.bundle.min.js"),
					path("/js/ownership.js"), path(StaticResources.ICON));
			this.head = head;
		}
		String contextPath = contextPath();
		return contextPath.isEmpty() ? head : head.under(contextPath);
	}

	/**
	 * The URL of one of the application's static files, such as a page's own style sheet:
	 * the path with the hash of the file's content, under the current request's context
	 * path.
	 * @param path the file's path under {@code classpath:/static/}, such as
	 * {@code /css/incident.css}
	 * @return the URL; the versioned path is looked up once per file
	 */
	public String url(String path) {
		return contextPath() + this.paths.computeIfAbsent(path, this::path);
	}

	private static String contextPath() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request instanceof ServletRequestAttributes servlet) ? servlet.getRequest().getContextPath() : "";
	}

	private String path(String path) {
		return Objects.requireNonNull(this.urls.getObject().getForLookupPath(path), () -> "No static file " + path);
	}

	/**
	 * The layout's links to static files.
	 *
	 * @param bootstrapStyles Bootstrap's style sheet
	 * @param styles the application's style sheet
	 * @param htmx htmx's script
	 * @param bootstrapScript Bootstrap's script
	 * @param script the application's script
	 * @param icon the application's icon
	 */
	public record Head(String bootstrapStyles, String styles, String htmx, String bootstrapScript, String script,
			String icon) {

		Head under(String contextPath) {
			return new Head(contextPath + this.bootstrapStyles, contextPath + this.styles, contextPath + this.htmx,
					contextPath + this.bootstrapScript, contextPath + this.script, contextPath + this.icon);
		}

	}

}
