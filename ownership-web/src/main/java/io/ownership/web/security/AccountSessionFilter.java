package io.ownership.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.ownership.core.account.AccountQuery;
import io.ownership.core.account.AccountQuery.AccountStamp;
import io.ownership.web.support.KeptMemory;
import io.ownership.web.support.RequestDataVersions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session in step with the account as it is in the database now, on
 * every request and whichever instance serves it: the account's version and active flag,
 * read by one small statement and kept until a transaction that changed the data commits
 * (the request's version check, {@link RequestDataVersions}, which the page needs anyway,
 * tells), so that a steady request reads no account. A deactivated or removed account is
 * logged out; a changed account (roles, password, name) gets its roles read again before
 * the request is authorized. A session older than the absolute lifetime
 * ({@code ownership.session.absolute-timeout}) ends as well, however active it was.
 */
class AccountSessionFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(AccountSessionFilter.class);

	/** The accounts whose stamp is kept (the least recently seen go first). */
	private static final int ACCOUNTS_KEPT = 10_000;

	private final AccountQuery accounts;

	private final RequestDataVersions versions;

	private final KeptMemory<String, KeptStamp> stamps = new KeptMemory<>(ACCOUNTS_KEPT, (kept) -> 1);

	private final AccountUserDetailsService userDetails;

	private final Duration absoluteTimeout;

	private final Clock clock;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	AccountSessionFilter(AccountQuery accounts, RequestDataVersions versions, AccountUserDetailsService userDetails,
			Duration absoluteTimeout, Clock clock) {
		this.accounts = accounts;
		this.versions = versions;
		this.userDetails = userDetails;
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - session.getCreationTime() > this.absoluteTimeout.toMillis()) {
			end(request, response, authentication, "expired");
			return;
		}
		Optional<AccountStamp> stamp;
		try {
			stamp = stamp(authentication.getName());
		}
		catch (CannotCreateTransactionException | DataAccessResourceFailureException ex) {
			logger.warn("Database unavailable: " + ex.getMessage());
			response.setHeader("Retry-After", "30");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (stamp.isEmpty() || !stamp.get().active()) {
			end(request, response, authentication, "ended");
			return;
		}
		if (stamp.get().version() != principal.accountVersion()) {
			refresh(request, response, authentication);
		}
		chain.doFilter(request, response);
	}

	private Optional<AccountStamp> stamp(String username) {
		String version = this.versions.current().of("content");
		KeptStamp kept = this.stamps.get(username);
		if (kept != null && kept.version().equals(version)) {
			return kept.stamp();
		}
		Optional<AccountStamp> stamp = this.accounts.stamp(username);
		this.stamps.put(username, new KeptStamp(version, stamp));
		return stamp;
	}

	private void refresh(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		UserDetails account = this.userDetails.current(authentication.getName());
		((CredentialsContainer) account).eraseCredentials();
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(account, null,
				account.getAuthorities());
		refreshed.setDetails(authentication.getDetails());
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(refreshed);
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

	private void end(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			String reason) throws IOException {
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		String target = request.getContextPath() + "/login?" + reason;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

	private record KeptStamp(String version, Optional<AccountStamp> stamp) {
	}

}
