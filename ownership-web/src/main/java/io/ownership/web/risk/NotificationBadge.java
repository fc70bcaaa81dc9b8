package io.ownership.web.risk;

import io.ownership.core.notification.NotificationInbox;
import io.ownership.web.support.KeptMemory;
import io.ownership.web.support.KeptPages;
import io.ownership.web.support.RequestDataVersions;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of unread notifications every page's navigation shows, kept per user with the
 * version of the {@code notification} area (docs/decisions/0006): counted again only once
 * a change to the notifications has committed, on whichever instance. Only for the
 * application's own pages and a logged-in user: the actuator's endpoints (the load
 * balancer's health checks) and the login page never touch the database for it, so they
 * answer during a database outage.
 */
@ControllerAdvice(basePackages = "io.ownership.web")
class NotificationBadge implements KeptPages.KeyPart {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/** The users whose count is kept (the least recently seen go first). */
	static final int USERS_KEPT = 10_000;

	private final NotificationInbox inbox;

	private final RequestDataVersions versions;

	private final KeptMemory<String, Kept> counts = new KeptMemory<>(USERS_KEPT, (kept) -> 1);

	NotificationBadge(NotificationInbox inbox, RequestDataVersions versions) {
		this.inbox = inbox;
		this.versions = versions;
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
		String username = authentication.getName();
		String version = this.versions.current().of("notification");
		Kept kept = this.counts.get(username);
		if (kept != null && kept.version().equals(version)) {
			return kept.count();
		}
		long count = this.inbox.unreadCount(username);
		this.counts.put(username, new Kept(version, count));
		return count;
	}

	/** A kept page shows the count it was rendered with. */
	@Override
	public Object keyPart(HttpServletRequest request) {
		return unread(request);
	}

	private record Kept(String version, long count) {
	}

}
