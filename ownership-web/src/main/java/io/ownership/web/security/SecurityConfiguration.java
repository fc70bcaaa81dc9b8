package io.ownership.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.ownership.core.account.AccountQuery;
import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.web.config.StaticResources;
import io.ownership.web.support.RequestDataVersions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which pages, how people log in, and the headers every response carries.
 * Object-level rules (own product versus foreign product) are checked by the use cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SecurityConfiguration {

	/**
	 * No inline script or style: every page's script and style come from the app's own
	 * files.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
						.permitAll()
						.anyRequest()
						.hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		headers(http);
		return http.build();
	}

	/**
	 * Static files: no session read, no account check, no CSRF token, no database; only
	 * the headers.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staticChain(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticResources.PATTERNS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			// no session management: its filter asks whether the requested session is
			// valid, which reads the session from the database on every static file
			.sessionManagement((session) -> session.disable())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			// the anonymous token's details hold the session id: reading it loads the
			// session
			.anonymous((anonymous) -> anonymous.disable());
		headers(http);
		return http.build();
	}

	/**
	 * Spring Security's own observations (one per security filter, authentication and
	 * authorization) cost 7 to 9 % of every request (docs/performance.md); the HTTP
	 * server metrics of every request are kept.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationChain(HttpSecurity http, AuditingAccessDeniedHandler accessDeniedHandler,
			AccountQuery accounts, AccountUserDetailsService userDetails, RequestDataVersions versions, Clock clock,
			@Value("${ownership.session.absolute-timeout:12h}") Duration absoluteTimeout,
			ObjectProvider<AccountOidcUserService> singleSignOn) throws Exception {
		AccountOidcUserService oidcUsers = singleSignOn.getIfAvailable();
		if (oidcUsers != null) {
			http.oauth2Login((oauth) -> oauth.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcUsers))
				.failureHandler(SecurityConfiguration::singleSignOnFailed));
		}
		http.addFilterBefore(new AccountSessionFilter(accounts, versions, userDetails, absoluteTimeout, clock),
				AuthorizationFilter.class);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/audit/**")
			.hasAnyRole("ADMIN", "AUDITOR")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.newSession()));
		headers(http);
		return http.build();
	}

	/**
	 * Single sign-on, when {@code ownership.sso.issuer-uri} is set: the provider's
	 * discovery document is read at start-up.
	 */
	@Bean
	@ConditionalOnProperty(prefix = "ownership.sso", name = "issuer-uri")
	ClientRegistrationRepository singleSignOnClients(SingleSignOnProperties sso) {
		return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(sso.issuerUri())
			.registrationId("sso")
			.clientId(sso.clientId())
			.clientSecret(sso.clientSecret())
			.scope("openid", "profile", "email")
			.build());
	}

	@Bean
	@ConditionalOnProperty(prefix = "ownership.sso", name = "issuer-uri")
	AccountOidcUserService accountOidcUserService(SingleSignOnProperties sso, AccountService accounts,
			CatalogService catalog) {
		return new AccountOidcUserService(sso, accounts, catalog);
	}

	/**
	 * A refused single sign-on comes back to the login page with what happened: no role,
	 * a deactivated account, or the provider's error.
	 */
	private static void singleSignOnFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "error";
		if (exception instanceof OAuth2AuthenticationException oauth) {
			if (AccountOidcUserService.NO_ROLE.equals(oauth.getError().getErrorCode())) {
				reason = "norole";
			}
			else if (AccountOidcUserService.REFUSED.equals(oauth.getError().getErrorCode())) {
				reason = "refused";
			}
		}
		response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults())
			// Only on HTTPS requests, which behind a proxy are those it forwarded as
			// HTTPS
			// (server.forward-headers-strategy, see README).
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
	}

}
