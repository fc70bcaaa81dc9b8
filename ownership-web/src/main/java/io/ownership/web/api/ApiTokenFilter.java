package io.ownership.web.api;

import java.io.IOException;
import java.util.Optional;

import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.TokenGrant;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request of the API by its bearer token. A wrong, expired or revoked
 * token is answered 401 at once; a client with too many failures is answered 429. Nothing
 * is kept between requests.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	private final FailureThrottle throttle;

	private final ProblemWriter problems;

	ApiTokenFilter(ApiTokenService tokens, FailureThrottle throttle, ProblemWriter problems) {
		this.tokens = tokens;
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = request.getRemoteAddr();
		long wait = this.throttle.retryAfter(client);
		if (wait > 0) {
			response.setHeader("Retry-After", String.valueOf(wait));
			this.problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "api.throttled",
					"Too many requests with a missing or wrong token; try again in " + wait + " seconds.");
			return;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<TokenGrant> grant = this.tokens.authenticate(authorization.substring(7).strip());
			if (grant.isEmpty()) {
				this.throttle.failed(client);
				this.problems.write(response, HttpStatus.UNAUTHORIZED, "api.token.invalid",
						"The bearer token is wrong, expired or revoked.");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new ApiTokenAuthentication(grant.get()));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
