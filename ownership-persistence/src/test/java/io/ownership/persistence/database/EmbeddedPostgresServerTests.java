package io.ownership.persistence.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsTheDataInItsDirectoryAcrossARestart() throws SQLException {
		EmbeddedPostgresServer first = EmbeddedPostgresServer.start(this.dataDirectory, 0);
		try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
			statement.execute("create table kept (name text)");
			statement.execute("insert into kept values ('still here')");
		}
		finally {
			first.stop();
		}
		first.stop();
		assertThat(this.dataDirectory.resolve("PG_VERSION")).exists();

		EmbeddedPostgresServer second = EmbeddedPostgresServer.start(this.dataDirectory, 0);
		try (Connection connection = connect(second);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select name from kept")) {
			assertThat(second.jdbcUrl()).contains("/" + EmbeddedPostgresServer.DATABASE);
			assertThat(second.version()).startsWith("17.");
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("still here");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void writesEveryCommitToDiskBeforeAnsweringUnlessToldOtherwise() throws SQLException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0);
		try (Connection connection = connect(server)) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
		}
		finally {
			server.stop();
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
	}

}
