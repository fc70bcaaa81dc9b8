package io.ownership.web.security;

import io.ownership.core.account.AccountService;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every login and failed login in the history and counts failures towards the
 * account's temporary lock.
 */
@Component
class LoginAuditListener {

	private final AccountService accounts;

	LoginAuditListener(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * A login through the login page. Requests authenticated with HTTP basic (a metrics
	 * scraper, a script) are not logins and would flood the history.
	 */
	@EventListener
	void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		this.accounts.loginSucceeded(event.getAuthentication().getName(), remote(event.getAuthentication()));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.accounts.loginFailed(event.getAuthentication().getName(), remote(event.getAuthentication()));
	}

	private static String remote(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
