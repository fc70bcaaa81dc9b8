package io.ownership.web.security;

import java.io.IOException;
import java.time.Clock;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Records a denied request in the history, then answers with the 403 page.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

	private final AuditLog audit;

	private final Clock clock;

	AuditingAccessDeniedHandler(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		recordDenial(this.audit, this.clock, request);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	static void recordDenial(AuditLog audit, Clock clock, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = (authentication == null) ? "anonymous" : authentication.getName();
		audit.record(AuditEntry.of(clock.instant(), actor, "access.denied")
			.summary(request.getMethod() + " " + request.getRequestURI() + " refused")
			.build());
	}

}
