package io.ownership.web.support;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCounterTests {

	private static final String SQL = "select name from team";

	@Test
	void theTestsCounterCountsOnTheThreadAndInAll() throws SQLException {
		DataSource counted = (DataSource) new StatementCounter().postProcessAfterInitialization(dataSource(), "ds");
		long total = StatementCounter.total();
		StatementCounter.reset();

		try (Connection connection = counted.getConnection()) {
			connection.prepareStatement(SQL);
		}

		assertThat(StatementCounter.total()).isEqualTo(total + 1);
		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(StatementCounter.count("team")).isEqualTo(1);
		assertThat(StatementCounter.connections()).isEqualTo(1);
	}

	/**
	 * The benchmark's counter counts in all and keeps nothing per thread: a request
	 * thread is never reset, so each statement's SQL it kept would stay for the whole
	 * run.
	 */
	@Test
	void theBenchmarksCounterCountsInAllAndKeepsNothingPerThread() throws SQLException {
		DataSource counted = (DataSource) StatementCounter.totalOnly()
			.postProcessAfterInitialization(dataSource(), "ds");
		long total = StatementCounter.total();
		StatementCounter.reset();

		try (Connection connection = counted.getConnection()) {
			connection.prepareStatement(SQL);
			connection.prepareStatement("select id from spring_session");
		}

		assertThat(StatementCounter.total()).isEqualTo(total + 2);
		assertThat(StatementCounter.count()).isZero();
		assertThat(StatementCounter.count("team")).isZero();
		assertThat(StatementCounter.sessionStatements()).isEmpty();
		assertThat(StatementCounter.connections()).isZero();
	}

	/** A data source whose connections prepare nothing: what is counted is the calls. */
	private static DataSource dataSource() {
		Connection connection = (Connection) Proxy.newProxyInstance(StatementCounterTests.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> null);
		return new AbstractDataSource() {

			@Override
			public Connection getConnection() {
				return connection;
			}

			@Override
			public Connection getConnection(String username, String password) {
				return connection;
			}

		};
	}

}
