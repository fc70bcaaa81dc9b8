package io.ownership.web.risk;

import io.ownership.core.notification.NotificationInbox;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of unread notifications every page's navigation shows (one statement per
 * page). Only for the application's own pages and a logged-in user: the actuator's
 * endpoints (the load balancer's health checks) and the login page never touch the
 * database for it, so they answer during a database outage.
 */
@ControllerAdvice(basePackages = "io.ownership.web")
class NotificationBadge {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final NotificationInbox inbox;

	NotificationBadge(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * Not counted for an htmx fragment, a CSV export or a JSON API call (whose
	 * authentication is a pipeline's token), which have no navigation to show it in.
	 */
	@ModelAttribute("unreadNotifications")
	Long unread(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (request.getHeader("HX-Request") != null || uri.endsWith("csv")
				|| uri.startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || this.trust.isAnonymous(authentication)
				|| authentication.getName() == null) {
			return 0L;
		}
		return this.inbox.unreadCount(authentication.getName());
	}

}
