package io.ownership.web.api;

import java.time.Clock;
import java.time.Duration;

import io.ownership.core.gate.ApiTokenService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * {@code /api/v1/**}: a stateless chain of its own. A request is authenticated by its
 * bearer token or not at all: no session is read or created (so a browser's session does
 * not open the API), no CSRF token is needed (a browser never adds the header by itself),
 * and refusals are problem JSON: 401 without a valid token, 429 after repeated failures
 * from one client. Only the filters these need run (see {@code ApiTokenSecurityTests}).
 * The catalog import under {@code /api/import/**} keeps its own chain (session or HTTP
 * basic, see {@code ImportConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, JsonMapper json, Clock clock,
			@Value("${ownership.api.max-failures:10}") int maxFailures,
			@Value("${ownership.api.failure-window:1m}") Duration window) throws Exception {
		ProblemWriter problems = new ProblemWriter(json);
		FailureThrottle throttle = new FailureThrottle(maxFailures, window, clock);
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, throttle, problems), AuthorizationFilter.class)
			.csrf((csrf) -> csrf.disable())
			// no session management: its filter asks whether a requested session is valid
			// (a database read when a client sends a session cookie), and no session is
			// used here
			.sessionManagement((session) -> session.disable())
			// no servlet API wrapper: the controllers take the grant from the security
			// context; the wrapper only slowed every read of the request
			.servletApi((servletApi) -> servletApi.disable())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				throttle.failed(request.getRemoteAddr());
				problems.write(response, HttpStatus.UNAUTHORIZED, "api.token.missing",
						"A bearer token is required: Authorization: Bearer <token>.");
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"api.forbidden", "This token may not do this.")))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

}
