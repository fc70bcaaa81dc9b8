package io.ownership.web.api;

import io.ownership.core.gate.TokenGrant;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The OpenAPI 3.1 description of {@code /api/v1}, generated from the controllers at
 * {@code /v3/api-docs}, and its browsable page at {@code /swagger-ui/index.html}, both
 * for logged-in users. Swagger UI sets inline styles, so its paths (and only they) get a
 * Content-Security-Policy that allows them; its scripts come from the app's own files.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(TokenGrant.class);
	}

	@Bean
	OpenAPI ownershipApi() {
		return new OpenAPI()
			.info(new Info().title("Ownership API")
				.version("v1")
				.description("For delivery pipelines and scripts: the security gate, check runs, and the "
						+ "ownership record. Authenticate with an API token: Authorization: Bearer own_…"))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	@Bean
	@Order(0)
	SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

}
