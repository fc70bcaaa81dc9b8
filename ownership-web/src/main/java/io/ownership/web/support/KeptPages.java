package io.ownership.web.support;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.ownership.core.shared.BoundedWait;
import io.ownership.core.shared.DataVersions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Key pages kept in memory, rendered, until the data they show changes (issue 19, point
 * 4; docs/decisions/0006). A handler marked {@link KeptPage} is kept with the version of
 * the {@code content} area (every table but the notifications, the sessions and the
 * gate's results has a trigger) and of the areas it names and keyed by the viewer (name
 * and roles: what a viewer may see is decided by the controller, so nothing kept for one
 * viewer is ever shown to another), the path and parameters, the language, the day and
 * what the navigation shows per request (the unread count, {@link KeyPart}). While the
 * page is kept, neither the handler nor Thymeleaf runs: the kept page is written with the
 * request's CSRF token put in place of a placeholder, so forms post without JavaScript. A
 * kept page is used for at most {@link #MAX_AGE}, for what depends on the time alone.
 * Only a plain GET of a signed-in user that answers 200 is kept: no htmx fragment, no
 * flash message, no form with errors, no redirect, and no request with a parameter the
 * handler does not bind ({@code ?x=1}, {@code ?x=2}...: the same page, which would
 * otherwise fill the memory with copies and push out the pages kept for others).
 * <p>
 * One rendering per key at a time: a request that misses a page while another renders it
 * at the version this request checked (so the rendering holds every change committed
 * before) waits for that rendering, at most {@link #WAIT}, and is written from it with
 * its own token; a rendering that is not kept (an error, a form with errors) or that
 * takes longer lets the waiting requests render for themselves (issue 19, 2026-12-06:
 * concurrent requests that missed the same key all rendered it).
 */
@Component
public class KeptPages implements HandlerInterceptor, WebMvcConfigurer {

	/** How long a kept page may be used without a change of its data. */
	public static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** Characters of kept pages in all (about 2 bytes each). */
	static final long MAX_CHARACTERS = 16_000_000;

	/** Stands for the CSRF token in a kept page; cannot appear in rendered HTML. */
	static final String TOKEN = "\u0000csrf\u0000";

	static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	static final String TO_RENDER = KeptPages.class.getName() + ".toRender";

	/**
	 * The longest a request waits for another's rendering of its page (it holds no
	 * connection while it waits). Two seconds were too short: under sixteen exports the
	 * organization dashboard took longer to render, the waiting requests rendered it
	 * themselves, each in a transaction, and the pool ran dry again (2026-12-06).
	 */
	static final Duration WAIT = Duration.ofSeconds(10);

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final RequestDataVersions versions;

	private final Clock clock;

	private final ObjectProvider<KeyPart> keyParts;

	private final KeptPageView view;

	private final KeptMemory<Key, Kept> memory = new KeptMemory<>(MAX_CHARACTERS, (kept) -> kept.html().length());

	/** The renderings in flight that others may wait for, by key. */
	private final Map<Key, Rendering> renderings = new ConcurrentHashMap<>();

	/** The parameters each kept handler binds; absent for one that takes them all. */
	private final Map<Method, Set<String>> bound = new ConcurrentHashMap<>();

	private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

	private final AtomicInteger waiting = new AtomicInteger();

	KeptPages(RequestDataVersions versions, Clock clock, ObjectProvider<KeyPart> keyParts, KeptPageView view) {
		this.versions = versions;
		this.clock = clock;
		this.keyParts = keyParts;
		this.view = view;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	/**
	 * What a page's navigation shows per request besides the viewer (such as the unread
	 * count): part of the key of a kept page.
	 */
	public interface KeyPart {

		Object keyPart(HttpServletRequest request);

	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(KeptPage.class)) {
			return true;
		}
		Key key = bindsEveryParameter(method, request) ? key(request) : null;
		if (key == null) {
			return true;
		}
		String version = version(method.getMethodAnnotation(KeptPage.class));
		Kept kept = this.memory.get(key);
		String token = token(request);
		if (kept != null && token != null && kept.version().equals(version)
				&& System.nanoTime() - kept.keptAt() < MAX_AGE.toNanos()) {
			write(response, kept.html(), token);
			return false;
		}
		if (token == null) {
			return true;
		}
		Rendering rendering = new Rendering(version, new CompletableFuture<>());
		Rendering other = this.renderings.putIfAbsent(key, rendering);
		String html = (other != null && other.version().equals(version))
				? BoundedWait.valueWithin(other.html(), WAIT, this.waiting) : null;
		if (html != null) {
			write(response, html, token);
			return false;
		}
		if (other != null) {
			this.renderings.put(key, rendering);
		}
		request.setAttribute(TO_RENDER, new ToRender(this, key, version, rendering));
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (request.getAttribute(TO_RENDER) instanceof ToRender toRender) {
			toRender.rendering().html().complete(null);
			this.renderings.remove(toRender.key(), toRender.rendering());
		}
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (!(request.getAttribute(TO_RENDER) instanceof ToRender) || page == null || !page.isReference()
				|| response.getStatus() != HttpStatus.OK.value()) {
			return;
		}
		String view = page.getViewName();
		if (view == null || view.startsWith("redirect:") || view.startsWith("forward:") || view.contains("::")) {
			return;
		}
		page.addObject(KeptPageView.VIEW, view);
		page.setView(this.view);
	}

	/** The number of pages kept now. */
	int size() {
		return this.memory.size();
	}

	/**
	 * Whether the handler binds every parameter of the request (a checkbox's marker
	 * {@code _name} or default {@code !name} counts as its field).
	 */
	private boolean bindsEveryParameter(HandlerMethod method, HttpServletRequest request) {
		Set<String> known = this.bound.computeIfAbsent(method.getMethod(), (key) -> bound(method));
		if (known.contains("*")) {
			return true;
		}
		for (String name : request.getParameterMap().keySet()) {
			String field = (name.startsWith("_") || name.startsWith("!")) ? name.substring(1) : name;
			if (!known.contains(name) && !known.contains(field)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The names of the request parameters a handler binds: its {@code @RequestParam}s
	 * (and simple values without annotation) and the properties of its
	 * {@code @ModelAttribute} forms; {@code *} for a handler that takes a map of them
	 * all.
	 */
	private Set<String> bound(HandlerMethod method) {
		Set<String> known = new HashSet<>();
		String[] parameterNames = this.names.getParameterNames(method.getMethod());
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			String parameterName = (parameterNames != null) ? parameterNames[parameter.getParameterIndex()] : null;
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && Map.class.isAssignableFrom(type)) {
				known.add("*");
			}
			else if (param != null) {
				String name = param.name().isEmpty() ? param.value() : param.name();
				known.add(name.isEmpty() ? parameterName : name);
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						known.add(property.getName());
					}
				}
				if (type.isRecord()) {
					for (RecordComponent component : type.getRecordComponents()) {
						known.add(component.getName());
					}
				}
			}
			else if (parameter.getParameterAnnotations().length == 0 && BeanUtils.isSimpleProperty(type)) {
				known.add(parameterName);
			}
		}
		return known;
	}

	/**
	 * Writes a kept page with the request's CSRF token in place of each {@link #TOKEN},
	 * in pieces: a copy of the page per request was as large as the page (a team
	 * dashboard of the large organization: 190 KB).
	 */
	private static void write(HttpServletResponse response, String kept, String token) throws IOException {
		response.setContentType(CONTENT_TYPE);
		PrintWriter writer = response.getWriter();
		int from = 0;
		for (int at = kept.indexOf(TOKEN); at >= 0; at = kept.indexOf(TOKEN, from)) {
			writer.write(kept, from, at - from);
			writer.write(token);
			from = at + TOKEN.length();
		}
		writer.write(kept, from, kept.length() - from);
	}

	/** The versions of {@code content} and of the page's other areas, as one. */
	private String version(KeptPage page) {
		DataVersions current = this.versions.current();
		StringBuilder version = new StringBuilder(current.of("content"));
		for (String area : page.areas()) {
			version.append('|').append(current.of(area));
		}
		return version.toString();
	}

	void keep(ToRender toRender, String html, String token) {
		String kept = html.replace(token, TOKEN);
		this.memory.put(toRender.key(), new Kept(toRender.version(), System.nanoTime(), kept));
		toRender.rendering().html().complete(kept);
	}

	/** How many requests wait for another's rendering now. */
	int waiting() {
		return this.waiting.get();
	}

	static String token(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token.getToken() : null;
	}

	private Key key(HttpServletRequest request) {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null || asksFresh(request)
				|| viewer == null || this.trust.isAnonymous(viewer) || !viewer.isAuthenticated()
				|| viewer.getName() == null || hasFlash(request)) {
			return null;
		}
		TreeSet<String> roles = new TreeSet<>();
		for (GrantedAuthority authority : viewer.getAuthorities()) {
			roles.add(authority.getAuthority());
		}
		List<Object> parts = this.keyParts.orderedStream().map((part) -> part.keyPart(request)).toList();
		return new Key(viewer.getName(), String.join(",", roles), request.getRequestURI(), parameters(request),
				RequestContextUtils.getLocale(request), LocalDate.now(this.clock), parts);
	}

	/**
	 * A browser's reload without its cache ({@code Cache-Control: no-cache}) renders the
	 * page afresh, without keeping it; the statement-count guards ask so too.
	 */
	private static boolean asksFresh(HttpServletRequest request) {
		String cacheControl = request.getHeader("Cache-Control");
		return cacheControl != null && cacheControl.contains("no-cache");
	}

	/** Every parameter, however sent (query or form body), in one order. */
	private static Map<String, List<String>> parameters(HttpServletRequest request) {
		Map<String, List<String>> parameters = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return parameters;
	}

	private static boolean hasFlash(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && !flash.isEmpty();
	}

	record ToRender(KeptPages pages, Key key, String version, Rendering rendering) {
	}

	/**
	 * A rendering in flight: the version it renders and its page as kept (with the
	 * token's placeholder), or null if it was not kept.
	 */
	private record Rendering(String version, CompletableFuture<String> html) {
	}

	record Key(String viewer, String roles, String path, Map<String, List<String>> parameters, Locale locale,
			LocalDate day, List<Object> parts) {
	}

	private record Kept(String version, long keptAt, String html) {
	}

}
