package io.ownership.web.catalog.imports;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call the import API.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	/**
	 * {@code /api/import/**} for scripts and for the logged-in browser: security managers
	 * and administrators, by session or HTTP basic. A request that carries HTTP basic
	 * credentials needs no CSRF token (a browser does not add them to a cross-site
	 * request); a request on the session does.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain importApiChain(HttpSecurity http, AccessDeniedHandler accessDeniedHandler) throws Exception {
		http.securityMatcher("/api/import/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole("SECURITY_MANAGER", "ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(ImportConfiguration::hasBasicCredentials))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler));
		return http.build();
	}

	private static boolean hasBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
