package io.ownership.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI 3.1 description documents every endpoint under {@code /api/v1} (a new
 * endpoint left out fails this test), and its browsable page is served from the app's own
 * files to logged-in users, with the relaxed style policy on its own paths only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JsonMapper json;

	@Test
	void everyApiEndpointIsDocumented() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs").with(user("docs-reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode docs = this.json.readTree(body);
		assertThat(docs.path("openapi").asString()).startsWith("3.1");
		List<String> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			for (String path : entry.getKey().getPatternValues()) {
				if (path.startsWith("/api/v1/")) {
					entry.getKey()
						.getMethodsCondition()
						.getMethods()
						.forEach((method) -> endpoints.add(method.name().toLowerCase(Locale.ROOT) + " " + path));
				}
			}
		}
		assertThat(endpoints).contains("post /api/v1/products/{id}/gate", "post /api/v1/products/{id}/check-runs",
				"get /api/v1/risks");
		for (String endpoint : endpoints) {
			String[] parts = endpoint.split(" ");
			assertThat(docs.path("paths").path(parts[1]).has(parts[0])).as("%s is documented", endpoint).isTrue();
		}
		assertThat(docs.path("paths").path("/api/v1/champions").path("get").path("description").asString())
			.contains("a team's token that team", "a product's token the product's team");
		assertThat(docs.path("components").path("securitySchemes").path("token").path("scheme").asString())
			.isEqualTo("bearer");
	}

	@Test
	void theBrowsablePageIsServedOfflineToLoggedInUsersWithItsOwnStylePolicy() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html").with(user("docs-reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", ApiDocsConfiguration.CONTENT_SECURITY_POLICY));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/products").with(user("docs-reader").roles("TEAM_MEMBER")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
	}

}
