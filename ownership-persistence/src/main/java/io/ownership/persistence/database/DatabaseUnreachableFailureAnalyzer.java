package io.ownership.persistence.database;

import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.NestedExceptionUtils;

/**
 * Turns a failed connection to the configured database into one message at start-up that
 * says which server was tried and what to check, instead of a stack trace only.
 */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	public DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		SQLException sqlException = findCause(failure, SQLException.class);
		if (sqlException == null) {
			return null;
		}
		String state = sqlException.getSQLState();
		boolean connectionProblem = (state != null
				&& (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")))
				|| findCause(failure, ConnectException.class) != null;
		if (!connectionProblem) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url", "(not set)");
		String user = this.environment.getProperty("spring.datasource.username", "(not set)");
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return new FailureAnalysis(
				"Ownership could not connect to its PostgreSQL database at " + url + " as user '" + user + "': "
						+ root.getMessage(),
				"Check that the server is running and reachable, and that spring.datasource.url, "
						+ "spring.datasource.username and spring.datasource.password (or SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) are right. "
						+ "Leave spring.datasource.url unset to run on the embedded PostgreSQL instead.",
				failure);
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		Throwable current = failure;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause();
		}
		return null;
	}

}
