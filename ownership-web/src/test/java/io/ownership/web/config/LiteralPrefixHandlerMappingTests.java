package io.ownership.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path is matched in full only against the mappings whose literal start it begins with,
 * and no mapping that matches a path is ever skipped.
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
		List<RequestMappingInfo> patterns = patternMappings();
		assertThat(patterns).hasSizeGreaterThan(100);
		String gate = "/api/v1/products/" + UUID.randomUUID() + "/gate";
		List<String> candidates = patterns.stream()
			.filter((info) -> mapping.mayMatch(info, gate))
			.map((info) -> info.getPathPatternsCondition().getPatterns().iterator().next().getPatternString())
			.toList();
		assertThat(candidates).isNotEmpty().allMatch((pattern) -> pattern.startsWith("/api/v1/products"));
		String risk = "/risks/" + UUID.randomUUID();
		assertThat(patterns.stream().filter((info) -> mapping.mayMatch(info, risk)).count()).isLessThan(30);
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
			for (RequestMappingInfo info : infos) {
				if (info.getPathPatternsCondition() != null
						&& info.getPathPatternsCondition().getMatchingCondition(request) != null) {
					matched++;
					assertThat(mapping.mayMatch(info, path)).as("%s for %s", info, path).isTrue();
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
