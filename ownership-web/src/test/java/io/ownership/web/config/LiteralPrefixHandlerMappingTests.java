package io.ownership.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A path is matched only against the mappings whose literal start it begins with, no
 * mapping that matches a path is ever skipped, and the handler found is Spring MVC's.
 */
@SpringBootTest
class LiteralPrefixHandlerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theGatesPathIsMatchedInFullAgainstTheApisProductMappingsOnly() {
		assertThat(this.handlerMapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
		LiteralPrefixHandlerMapping mapping = (LiteralPrefixHandlerMapping) this.handlerMapping;
		assertThat(patternMappings()).hasSizeGreaterThan(100);
		String gate = "/api/v1/products/" + UUID.randomUUID() + "/gate";
		List<String> candidates = mapping.candidates(gate)
			.stream()
			.map((info) -> info.getPathPatternsCondition().getPatterns().iterator().next().getPatternString())
			.toList();
		assertThat(candidates).isNotEmpty().allMatch((pattern) -> pattern.startsWith("/api/v1/products"));
		assertThat(mapping.candidates("/risks/" + UUID.randomUUID())).isNotEmpty().hasSizeLessThan(30);
	}

	@Test
	void aPathIsAnsweredByTheHandlerSpringMvcFindsAmongEveryMapping() throws Exception {
		String product = UUID.randomUUID().toString();
		assertThat(handler("POST", "/api/v1/products/" + product + "/gate")).isEqualTo("GateApiController#evaluate");
		assertThat(handler("GET", "/risks/" + product)).isEqualTo(handlerAmongAll("GET", "/risks/" + product));
		assertThat(handler("GET", "/risks/new")).isNotNull().isNotEqualTo(handler("GET", "/risks/" + product));
		assertThat(handler("GET", "/nothing/here/" + product)).isNull();
		MockHttpServletRequest wrongMethod = new MockHttpServletRequest("DELETE",
				"/api/v1/products/" + product + "/gate");
		ServletRequestPathUtils.parseAndCache(wrongMethod);
		assertThatExceptionOfType(HttpRequestMethodNotSupportedException.class)
			.isThrownBy(() -> this.handlerMapping.getHandler(wrongMethod));
	}

	@Test
	void noMappingThatMatchesAPathIsSkipped() {
		LiteralPrefixHandlerMapping mapping = (LiteralPrefixHandlerMapping) this.handlerMapping;
		List<RequestMappingInfo> infos = new ArrayList<>(this.handlerMapping.getHandlerMethods().keySet());
		List<String> paths = new ArrayList<>(List.of("/", "/risks", "/risks/", "/files/a/b"));
		for (RequestMappingInfo info : infos) {
			if (info.getPathPatternsCondition() != null) {
				for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
					paths.add(sample(pattern.getPatternString()));
				}
			}
		}
		int matched = 0;
		for (String path : paths) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			ServletRequestPathUtils.parseAndCache(request);
			List<RequestMappingInfo> candidates = mapping.candidates(path);
			for (RequestMappingInfo info : infos) {
				if (info.getPathPatternsCondition() != null
						&& info.getPathPatternsCondition().getMatchingCondition(request) != null) {
					matched++;
					assertThat(candidates).as("%s for %s", info, path).contains(info);
				}
			}
		}
		assertThat(matched).isGreaterThan(paths.size() / 2);
	}

	@Test
	void theLiteralStartIsTheWholeSegmentsBeforeTheFirstVariableOrWildcard() {
		assertThat(LiteralPrefixHandlerMapping.literalStart("/risks/{id}/edit")).isEqualTo("/risks");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/api/v1/products/{id}/gate"))
			.isEqualTo("/api/v1/products");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/css/ownership-{hash}.css")).isEqualTo("/css");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/files/{*path}")).isEqualTo("/files");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/files/*.css")).isEqualTo("/files");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/{id}")).isEmpty();
		assertThat(LiteralPrefixHandlerMapping.literalStart("/**")).isEmpty();
		assertThat(LiteralPrefixHandlerMapping.literalStart("/risks")).isEqualTo("/risks");
		assertThat(LiteralPrefixHandlerMapping.literalStart("risks/{id}")).isEmpty();
	}

	/**
	 * The handler (class#method) the application's mapping answers for the request, null
	 * when none.
	 */
	private String handler(String method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain = this.handlerMapping.getHandler(request);
		return (chain == null) ? null : name((HandlerMethod) chain.getHandler());
	}

	/**
	 * The handler of the one mapping among all that matches the request, as Spring MVC
	 * finds it without an index.
	 */
	private String handlerAmongAll(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		List<Map.Entry<RequestMappingInfo, HandlerMethod>> matching = this.handlerMapping.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().getMatchingCondition(request) != null)
			.toList();
		assertThat(matching).as(path).hasSize(1);
		return name(matching.get(0).getValue());
	}

	private static String name(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
	}

	private List<RequestMappingInfo> patternMappings() {
		return this.handlerMapping.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getPathPatternsCondition() != null)
			.filter((info) -> info.getPathPatternsCondition()
				.getPatterns()
				.stream()
				.anyMatch((pattern) -> pattern.getPatternString().matches(".*[{*?].*")))
			.toList();
	}

	/**
	 * A path the pattern matches: each variable an id, each wildcard a word.
	 */
	private static String sample(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}]*}", UUID.randomUUID().toString())
			.replace("**", "a/b")
			.replace("*", "a")
			.replace("?", "a");
	}

}
