package io.ownership.web.error;

import java.time.Clock;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.web.security.ActorArgumentResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the core's refusals and the database's absence into pages in the layout.
 */
@ControllerAdvice
class ErrorPagesAdvice {

	private static final Log logger = LogFactory.getLog(ErrorPagesAdvice.class);

	private final AuditLog audit;

	private final Clock clock;

	ErrorPagesAdvice(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException exception, HttpServletResponse response) {
		return page("error/404", HttpStatus.NOT_FOUND, exception.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException exception, HttpServletRequest request) {
		this.audit
			.record(AuditEntry.of(this.clock.instant(), ActorArgumentResolver.current().username(), "access.denied")
				.summary(request.getMethod() + " " + request.getRequestURI() + " refused: " + exception.getMessage())
				.build());
		return page("error/403", HttpStatus.FORBIDDEN, exception.getMessage());
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ModelAndView conflict(RuntimeException exception) {
		return page("error/409", HttpStatus.CONFLICT, exception.getMessage());
	}

	/**
	 * A write the database refused as breaking a constraint: most often the same form
	 * sent twice at once (one pending or active acceptance per risk). Nothing was saved.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView integrityViolation(DataIntegrityViolationException exception) {
		logger.info("Write refused by a database constraint: " + exception.getMostSpecificCause().getMessage());
		ModelAndView page = page("error/409", HttpStatus.CONFLICT, null);
		page.addObject("reasonKey", "error.409.integrity");
		return page;
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	ModelAndView databaseUnavailable(RuntimeException exception, HttpServletResponse response) {
		logger.warn("Database unavailable: " + exception.getMessage());
		response.setHeader("Retry-After", "30");
		return page("error/503", HttpStatus.SERVICE_UNAVAILABLE, null);
	}

	private static ModelAndView page(String view, HttpStatus status, String message) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}

}
