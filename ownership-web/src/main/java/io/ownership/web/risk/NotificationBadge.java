package io.ownership.web.risk;

import io.ownership.core.notification.NotificationInbox;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of unread notifications every page's navigation shows (one statement per
 * page).
 */
@ControllerAdvice
class NotificationBadge {

	private final NotificationInbox inbox;

	NotificationBadge(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * Not counted for an htmx fragment or a CSV export, which have no navigation to show
	 * it in.
	 */
	@ModelAttribute("unreadNotifications")
	Long unread(HttpServletRequest request) {
		if (request.getHeader("HX-Request") != null || request.getRequestURI().endsWith("csv")) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return 0L;
		}
		return this.inbox.unreadCount(authentication.getName());
	}

}
