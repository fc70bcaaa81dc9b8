package io.ownership.persistence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from the binaries on the class path, with the {@code ownership}
 * database created on first start. Stopping it twice is harmless.
 */
public final class EmbeddedPostgresServer {

	static final String USER = "postgres";

	static final String DATABASE = "ownership";

	private final EmbeddedPostgres postgres;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts the server on the data directory, initializing it when empty.
	 * @param dataDirectory where the data lives; created if missing
	 * @param port the port, or 0 for any free one
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		return start(dataDirectory, port, true);
	}

	/**
	 * Starts the server on the data directory, initializing it when empty.
	 * @param dataDirectory where the data lives; created if missing
	 * @param port the port, or 0 for any free one
	 * @param durable whether a commit waits until it is on disk; the embedded binaries
	 * turn {@code fsync} and {@code synchronous_commit} off by default, which is right
	 * for throw-away test data only
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "128MB")
				// The data sits on local disk and mostly in memory: a random read costs
				// little more than a sequential one (the default 4 is for spinning disks
				// and makes the planner scan whole tables to avoid index lookups).
				.setServerConfig("random_page_cost", "1.1")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
			server.createDatabaseIfMissing();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + dataDirectory + ": "
					+ ex.getMessage() + " (is another instance using this data directory?)", ex);
		}
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet result = exists.executeQuery()) {
				if (!result.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " encoding 'UTF8'");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "': " + ex.getMessage(), ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, DATABASE);
	}

	public int port() {
		return this.postgres.getPort();
	}

	public String version() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version")) {
			return result.next() ? result.getString(1) : "?";
		}
		catch (SQLException ex) {
			return "?";
		}
	}

	public void stop() {
		if (this.stopped.compareAndSet(false, true)) {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
