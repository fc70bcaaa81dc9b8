package io.ownership.persistence.database;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableFailureAnalyzerTests {

	@Test
	void describesARefusedConnectionWithTheUrlAndUserAndSaysWhatToCheck() throws Exception {
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/ownership";
		SQLException refused = connectFails(url);
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url)
			.withProperty("spring.datasource.username", "owner");

		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment)
			.analyze(new IllegalStateException("Failed to initialize", new RuntimeException(refused)));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.startsWith("Ownership could not connect to its PostgreSQL database at " + url + " as user 'owner'");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("embedded PostgreSQL");
	}

	@Test
	void leavesOtherFailuresToOtherAnalyzers() {
		DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment());

		assertThat(analyzer.analyze(new IllegalStateException("boom"))).isNull();
		assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
	}

	@Test
	void startUpAgainstAClosedPortEndsWithOneClearMessage(CapturedOutput output) throws Exception {
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/ownership";
		SpringApplication application = new SpringApplication(MinimalDatabaseApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatThrownBy(() -> application.run("--spring.datasource.url=" + url, "--spring.datasource.username=owner",
				"--spring.datasource.hikari.connection-timeout=2000", "--spring.main.banner-mode=off"))
			.isInstanceOf(RuntimeException.class);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Ownership could not connect to its PostgreSQL database at " + url + " as user 'owner'")
			.contains("Connection to 127.0.0.1:");
	}

	private static SQLException connectFails(String url) {
		try {
			DriverManager.getConnection(url, "owner", "secret").close();
		}
		catch (SQLException ex) {
			return ex;
		}
		throw new AssertionError("Expected no server at " + url);
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalDatabaseApplication {

	}

}
