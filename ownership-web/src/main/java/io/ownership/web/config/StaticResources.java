package io.ownership.web.config;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The application's own files only from {@code classpath:/static/}, and the front-end
 * libraries from their webjars, each under its own path (Boot's catch-all {@code /**}
 * mapping is off: {@code spring.web.resources.add-mappings=false}). The default locations
 * searched {@code META-INF/resources/} and {@code resources/} of every nested jar on each
 * request; the catch-all pattern also made every link of every page a class-path lookup
 * once links are versioned. Pages link to the application's files by a URL holding a hash
 * of their content ({@code /css/ownership-<hash>.css}, from {@link WebAssets}: no filter
 * rewrites every link of every page), so they are cached for a year and a changed file
 * gets a new URL; webjar URLs hold the library's version.
 * <p>
 * A static file's request is answered before the controllers' mappings are searched (the
 * resource mapping comes first: a path of no controller was matched against every
 * controller mapping), from the file's bytes read once ({@link InMemoryResources}: the
 * class path was searched for its last modification and its length and the file read from
 * the nested jar on every request), and is no HTTP server observation (the metrics of the
 * pages are kept).
 */
@Configuration(proxyBeanMethods = false)
public class StaticResources implements WebMvcConfigurer {

	/**
	 * The paths of static files: those under {@code classpath:/static/} and the webjars.
	 * Their requests read no session (see the security configuration's static chain and
	 * {@link #flashMapManager()}).
	 */
	public static final String[] PATTERNS = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	/** The paths under {@code classpath:/static/} that the application serves. */
	private static final String[] PATHS = { "/css/**", "/js/**", "/img/**" };

	/** The application's icon, linked from the pages' head. */
	public static final String ICON = "/img/ownership.svg";

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		for (String path : PATHS) {
			String folder = path.substring(1, path.length() - 2);
			registry.addResourceHandler(path)
				.addResourceLocations("classpath:/static/" + folder)
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				.addResolver(new InMemoryResources());
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new InMemoryResources());
	}

	/**
	 * A browser asks for {@code /favicon.ico} where a page does not link its icon (a CSV,
	 * an API answer): it is sent to the icon, without the session, instead of a 404 page.
	 */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", ICON).setStatusCode(HttpStatus.MOVED_PERMANENTLY);
	}

	/**
	 * The HTTP server metrics count the application's pages, not its static files: an
	 * observation cost a static file's request more than its handler.
	 */
	@Bean
	ObservationPredicate noObservationOfStaticFiles() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& isStatic(server.getCarrier()));
	}

	/**
	 * Spring's {@link ResourceUrlEncodingFilter} is registered but not enabled, so that
	 * Boot does not register its own: it matched every {@code @{...}} link of every page
	 * against the static files' patterns, and the links to static files come from
	 * {@link WebAssets}.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Flash attributes are kept in the session; the dispatcher looks for them on every
	 * request, which loads the session of a logged-in browser from the database (and
	 * writes its last access). A static file's request does not look.
	 */
	@Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return isStatic(request) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pattern : PATTERNS) {
			if (pattern.endsWith("/**") ? path.startsWith(pattern.substring(0, pattern.length() - 2))
					: path.equals(pattern)) {
				return true;
			}
		}
		return false;
	}

}
