package io.ownership.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ownership.persistence.database.EmbeddedPostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL 17 server per test JVM: Testcontainers when Docker is available, the
 * embedded server (in a temporary directory) otherwise. Set
 * {@code ownership.test-database=embedded} or {@code =testcontainers} as a system
 * property to force one.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private final String description;

	private TestDatabase(String url, String username, String password, String description) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.description = description;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static TestDatabase start() {
		String choice = System.getProperty("ownership.test-database", "auto");
		boolean docker = switch (choice) {
			case "embedded" -> false;
			case "testcontainers" -> true;
			default -> dockerAvailable();
		};
		if (docker) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers PostgreSQL 17");
		}
		try {
			Path directory = Files.createTempDirectory("ownership-test-pg");
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0, false);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-shutdown"));
			return new TestDatabase(server.jdbcUrl(), "postgres", "", "embedded PostgreSQL " + server.version());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public String description() {
		return this.description;
	}

}
