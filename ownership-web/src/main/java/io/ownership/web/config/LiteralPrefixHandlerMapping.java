package io.ownership.web.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of controller methods, which skips a pattern mapping whose literal
 * start the path does not begin with. A path without a mapping of its own (any path with
 * a variable: {@code /risks/{id}}, the gate's {@code /api/v1/products/{id}/gate}) is
 * compared by Spring MVC with every pattern mapping of the application, conditions and
 * pattern matched (spring-framework issues 24901 and 34461, 14 % of the gate's samples in
 * docs/performance-notes.md); here each mapping's literal start, the text of its patterns
 * before the segment holding the first variable or wildcard, is compared first, and only
 * the few mappings whose start the path begins with are matched in full.
 * <p>
 * The result is the same: a pattern matches only a path that begins with its literal
 * segments. Where that cannot be told from the text (a path with percent-encoded
 * characters, which the patterns compare decoded; case-insensitive patterns), every
 * mapping is matched as before.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	private static final String[] ANY = new String[0];

	private final ThreadLocal<String> lookupPath = new ThreadLocal<>();

	private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
		String outer = this.lookupPath.get();
		boolean comparable = path.indexOf('%') < 0 && getPatternParser() != null
				&& getPatternParser().isCaseSensitive();
		this.lookupPath.set(comparable ? path : null);
		try {
			return super.lookupHandlerMethod(path, request);
		}
		finally {
			if (outer == null) {
				this.lookupPath.remove();
			}
			else {
				this.lookupPath.set(outer);
			}
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = this.lookupPath.get();
		if (path != null && !mayMatch(info, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * Whether the path begins with the literal start of one of the mapping's patterns
	 * (always true for a mapping with a pattern that starts with a variable or wildcard).
	 */
	boolean mayMatch(RequestMappingInfo info, String path) {
		String[] starts = this.prefixes.get(info);
		if (starts == null) {
			starts = literalStarts(info);
			this.prefixes.putIfAbsent(info, starts);
		}
		if (starts == ANY) {
			return true;
		}
		for (String start : starts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	private static String[] literalStarts(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return ANY;
		}
		String[] starts = new String[condition.getPatterns().size()];
		int i = 0;
		for (PathPattern pattern : condition.getPatterns()) {
			String start = literalStart(pattern.getPatternString());
			if (start.isEmpty()) {
				return ANY;
			}
			starts[i++] = start;
		}
		return starts;
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

}
