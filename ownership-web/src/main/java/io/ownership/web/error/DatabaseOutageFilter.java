package io.ownership.web.error;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside every other filter, before the sessions (which live in the database): a request
 * that fails because the database cannot be reached, even while reading or saving its
 * session, gets "503, retry in 30 seconds" instead of a 500, as a page's controller does
 * ({@link ErrorPagesAdvice}).
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

	private static final Log logger = LogFactory.getLog(DatabaseOutageFilter.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (DataAccessResourceFailureException | CannotCreateTransactionException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			logger.warn("Database unavailable: " + ex.getMessage());
			response.reset();
			response.setHeader("Retry-After", "30");
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("The database cannot be reached right now. Please retry in 30 seconds.");
		}
	}

}
