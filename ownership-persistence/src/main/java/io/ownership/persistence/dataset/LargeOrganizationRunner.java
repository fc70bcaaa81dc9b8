package io.ownership.persistence.dataset;

import java.time.Clock;

import javax.sql.DataSource;

import io.ownership.core.account.PasswordHasher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code large-dataset} profile: loads the large organization into the
 * configured database (after Flyway has migrated it), then ends the application.
 */
@Component
@Profile("large-dataset")
class LargeOrganizationRunner implements ApplicationRunner {

	private final DataSource dataSource;

	private final PasswordHasher hasher;

	private final Clock clock;

	private final ConfigurableApplicationContext context;

	private final long seed;

	private final String password;

	LargeOrganizationRunner(DataSource dataSource, PasswordHasher hasher, Clock clock,
			ConfigurableApplicationContext context, @Value("${ownership.dataset.seed:20261123}") long seed,
			@Value("${ownership.dataset.password:bench-password}") String password) {
		this.dataSource = dataSource;
		this.hasher = hasher;
		this.clock = clock;
		this.context = context;
		this.seed = seed;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		int exitCode = 0;
		try {
			new LargeOrganization(this.dataSource, this.hasher, this.seed, this.clock.instant())
				.generate(this.password);
		}
		catch (IllegalStateException ex) {
			System.err.println("Not generated: " + ex.getMessage());
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
