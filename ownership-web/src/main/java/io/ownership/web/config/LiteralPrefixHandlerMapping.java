package io.ownership.web.config;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of controller methods, which looks a path without a mapping of its
 * own up among the few mappings whose literal start it begins with. Such a path (any path
 * with a variable: {@code /risks/{id}}, the gate's {@code /api/v1/products/{id}/gate}) is
 * compared by Spring MVC with every mapping of the application (spring-framework issues
 * 24901 and 34461); here the mappings are indexed once by their literal start, the text
 * of their patterns before the segment holding the first variable or wildcard, and only
 * those under one of the path's leading segments (and those whose pattern starts with a
 * variable) are matched. Comparing each mapping's start with the path, as the sixth
 * session did, still cost 13 % of the gate's samples (docs/performance-notes.md, seventh
 * session).
 * <p>
 * The result is the same: a pattern matches only a path that begins with its literal
 * segments. Spring MVC's own lookup answers whatever the index cannot tell alone: a path
 * with a mapping of its own, a path with percent-encoded characters or matrix variables
 * (which the patterns compare decoded), case-insensitive patterns, a CORS pre-flight, and
 * a path that more than one mapping matches (which it sorts, or refuses as ambiguous).
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	private final Object lock = new Object();

	private volatile Index index;

	@Override
	protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
		if (!comparable(path) || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(path, request);
		}
		Index mappings = index();
		if (mappings.direct().contains(path)) {
			return super.lookupHandlerMethod(path, request);
		}
		RequestMappingInfo matched = null;
		RequestMappingInfo candidate = null;
		for (RequestMappingInfo info : mappings.candidates(path)) {
			RequestMappingInfo match = getMatchingMapping(info, request);
			if (match != null) {
				if (matched != null) {
					return super.lookupHandlerMethod(path, request);
				}
				matched = match;
				candidate = info;
			}
		}
		if (matched == null) {
			return handleNoMatch(mappings.handlers().keySet(), path, request);
		}
		HandlerMethod handler = mappings.handlers().get(candidate);
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(matched, path, request);
		return handler;
	}

	private boolean comparable(String path) {
		return path.startsWith("/") && path.indexOf('%') < 0 && path.indexOf(';') < 0 && getPatternParser() != null
				&& getPatternParser().isCaseSensitive();
	}

	/**
	 * The mappings whose literal start the path begins with, whole segments, and those
	 * whose pattern starts with a variable or wildcard: every mapping that may match it.
	 */
	List<RequestMappingInfo> candidates(String path) {
		return index().candidates(path);
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		changed();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		changed();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		changed();
	}

	private void changed() {
		synchronized (this.lock) {
			this.index = null;
		}
	}

	private Index index() {
		Index current = this.index;
		if (current != null) {
			return current;
		}
		synchronized (this.lock) {
			if (this.index == null) {
				this.index = Index.of(getHandlerMethods());
			}
			return this.index;
		}
	}

	/**
	 * The pattern's whole literal segments before the first one holding a variable or
	 * wildcard ({@code /risks/{id}/edit} → {@code /risks}; {@code /files/{*path}} →
	 * {@code /files}, which {@code /files} itself also matches), the whole pattern when
	 * it has none, empty when it starts with one or is not absolute.
	 */
	static String literalStart(String pattern) {
		if (!pattern.startsWith("/")) {
			return "";
		}
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '\\') {
				return pattern.substring(0, Math.max(pattern.lastIndexOf('/', i), 0));
			}
		}
		return pattern;
	}

	/**
	 * The mappings by literal start, read once from the registry.
	 *
	 * @param byStart the mappings under each literal start of their patterns
	 * @param anyStart the mappings with a pattern that starts with a variable or wildcard
	 * (or with no pattern)
	 * @param severalStarts the mappings under more than one start, which a path may find
	 * twice
	 * @param direct the paths that are a whole pattern of a mapping (Spring MVC looks
	 * them up first)
	 * @param handlers every mapping with its handler
	 */
	private record Index(Map<String, List<RequestMappingInfo>> byStart, List<RequestMappingInfo> anyStart,
			Set<RequestMappingInfo> severalStarts, Set<String> direct,
			Map<RequestMappingInfo, HandlerMethod> handlers) {

		static Index of(Map<RequestMappingInfo, HandlerMethod> handlers) {
			Map<String, List<RequestMappingInfo>> byStart = new HashMap<>();
			List<RequestMappingInfo> anyStart = new ArrayList<>();
			Set<RequestMappingInfo> severalStarts = new HashSet<>();
			Set<String> direct = new HashSet<>();
			for (RequestMappingInfo info : handlers.keySet()) {
				direct.addAll(info.getDirectPaths());
				PathPatternsRequestCondition condition = info.getPathPatternsCondition();
				List<String> starts = new ArrayList<>();
				if (condition != null) {
					for (PathPattern pattern : condition.getPatterns()) {
						starts.add(literalStart(pattern.getPatternString()));
					}
				}
				if (starts.isEmpty() || starts.contains("")) {
					anyStart.add(info);
				}
				else {
					if (new HashSet<>(starts).size() > 1) {
						severalStarts.add(info);
					}
					for (String start : new HashSet<>(starts)) {
						byStart.computeIfAbsent(start, (key) -> new ArrayList<>()).add(info);
					}
				}
			}
			return new Index(Map.copyOf(byStart), List.copyOf(anyStart), Set.copyOf(severalStarts), Set.copyOf(direct),
					Map.copyOf(handlers));
		}

		List<RequestMappingInfo> candidates(String path) {
			List<RequestMappingInfo> found = new ArrayList<>(this.anyStart);
			int end = path.indexOf('/', 1);
			while (true) {
				String start = (end < 0) ? path : path.substring(0, end);
				for (RequestMappingInfo info : this.byStart.getOrDefault(start, List.of())) {
					if (!this.severalStarts.contains(info) || found.stream().noneMatch((seen) -> seen == info)) {
						found.add(info);
					}
				}
				if (end < 0) {
					return found;
				}
				end = path.indexOf('/', end + 1);
			}
		}

	}

}
