package io.ownership.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real server as operations see it: behind a TLS-terminating proxy
 * that forwards {@code X-Forwarded-Proto}, and while its database cannot be reached
 * (every new connection refused, as when the server is down).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ProxyAndOutageTests.SwitchableDatabase.class)
class ProxyAndOutageTests {

	static final AtomicBoolean databaseDown = new AtomicBoolean();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void databaseBack() {
		databaseDown.set(false);
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> forwarded = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"ownership.example.org");

		assertThat(forwarded.statusCode()).isEqualTo(200);
		assertThat(forwarded.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(forwarded.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
		HttpResponse<String> redirect = get("/", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"ownership.example.org");
		assertThat(redirect.headers().firstValue("Location")).hasValue("https://ownership.example.org/login");
	}

	@Test
	void plainHttpWithoutAProxyGetsNeitherHstsNorASecureCookie() throws Exception {
		HttpResponse<String> plain = get("/login");

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie"))
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void withTheDatabaseDownLivenessStaysUpAndHealthAnswersJson() throws Exception {
		databaseDown.set(true);

		HttpResponse<String> liveness = get("/actuator/health/liveness");
		HttpResponse<String> readiness = get("/actuator/health/readiness");

		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
	}

	@Test
	void withTheDatabaseDownTheLoginPageAsksToRetryInsteadOfFailing() throws Exception {
		databaseDown.set(true);

		// The login form's session (its CSRF token) is kept in the database.
		HttpResponse<String> login = get("/login");

		assertThat(login.statusCode()).isEqualTo(503);
		assertThat(login.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(login.body()).contains("retry");
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Wraps the application's data source so that a test can refuse every connection.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SwitchableDatabase {

		@Bean
		static BeanPostProcessor switchableDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
						return new DelegatingDataSource(dataSource) {
							@Override
							public Connection getConnection() throws SQLException {
								if (databaseDown.get()) {
									throw new SQLException("Connection refused (test outage)", "08001");
								}
								return super.getConnection();
							}
						};
					}
					return bean;
				}
			};
		}

	}

}
