package io.ownership.web.error;

import java.sql.SQLException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The safety net behind {@link io.ownership.core.shared.ControlCharacters}: should a text
 * that PostgreSQL cannot store (a NUL byte, SQL state 22021) still reach the database,
 * the request gets the 400 page instead of a 500. Runs before the other resolvers and
 * leaves every other exception to them.
 */
@Component
class UnstorableTextResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(UnstorableTextResolver.class);

	private final MessageSource messages;

	UnstorableTextResolver(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception exception) {
		if (!unstorableText(exception)) {
			return null;
		}
		logger.warn("Refused text the database cannot store on " + request.getMethod() + " " + request.getRequestURI()
				+ ": " + exception.getMessage());
		return InputErrorsAdvice
			.page(List.of(this.messages.getMessage("input.unstorable", null, LocaleContextHolder.getLocale())));
	}

	static boolean unstorableText(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = (cause.getCause() == cause) ? null
				: cause.getCause()) {
			if (cause instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
				return true;
			}
			String message = cause.getMessage();
			if (message != null && (message.contains("Zero bytes may not occur")
					|| message.contains("invalid byte sequence for encoding \"UTF8\": 0x00"))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
