package io.ownership.persistence.database;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL server when no {@code spring.datasource.url} is
 * configured, and points the data source at it. Its data directory persists between runs.
 *
 * <p>
 * Properties: {@code ownership.embedded-database.data-dir} (default
 * {@code ./data/postgres}), {@code ownership.embedded-database.port} (default 0, any free
 * port).
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "ownershipEmbeddedPostgres";

	private final Log log;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")
				|| environment.getPropertySources().contains(PROPERTY_SOURCE)) {
			return;
		}
		Path dataDirectory = Path.of(environment.getProperty("ownership.embedded-database.data-dir", "data/postgres"))
			.toAbsolutePath()
			.normalize();
		int port = environment.getProperty("ownership.embedded-database.port", Integer.class, 0);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, port);
		this.log
			.info("Database: embedded PostgreSQL " + server.version() + " on port " + server.port() + ", data kept in "
					+ dataDirectory + " (set spring.datasource.url to use an external PostgreSQL server instead)");
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("spring.datasource.url", server.jdbcUrl(),
					"spring.datasource.username", EmbeddedPostgresServer.USER, "spring.datasource.password", "")));
		// After the application contexts are closed: requests still being answered during
		// a graceful shutdown, and the connection pool closing, need the server.
		SpringApplication.getShutdownHandlers().add(server::stop);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
