package io.ownership.web.error;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.NewAccount;
import io.ownership.core.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as the servlet container renders them on a real server: inside the layout,
 * with the security headers, never a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private static final String PASSWORD = "a long enough passphrase";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void anUnknownAddressIsA404PageInTheLayout() throws Exception {
		Browser browser = loggedIn("TEAM_MEMBER");

		HttpResponse<String> response = browser.get("/no/such/page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertErrorPageInLayout(response, "404", browser.username);
	}

	@Test
	void aForbiddenPageIsA403PageInTheLayout() throws Exception {
		Browser browser = loggedIn("TEAM_MEMBER");

		HttpResponse<String> response = browser.get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		assertErrorPageInLayout(response, "403", browser.username);
	}

	@Test
	void anUnknownAccountIsA404PageInTheLayout() throws Exception {
		Browser browser = loggedIn("ADMIN");

		HttpResponse<String> response = browser.get("/admin/users/" + UUID.randomUUID());

		assertThat(response.statusCode()).isEqualTo(404);
		assertErrorPageInLayout(response, "404", browser.username);
		assertThat(response.body()).contains("id=\"nav-users\"");
	}

	@Test
	void theLoginAndHomePagesOfARealServerCarryTheSecurityHeaders() throws Exception {
		Browser browser = new Browser(this.port, null);
		assertSecurityHeaders(browser.get("/login"));
		Browser member = loggedIn("TEAM_MEMBER");
		HttpResponse<String> home = member.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertSecurityHeaders(home);
	}

	private static void assertErrorPageInLayout(HttpResponse<String> response, String status, String username) {
		assertThat(response.body()).contains("data-status=\"" + status + "\"")
			.contains("class=\"navbar")
			.contains("Logged in as " + username)
			.doesNotContain("Exception")
			.doesNotContain("at io.ownership")
			.doesNotContain("Whitelabel");
		assertSecurityHeaders(response);
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	private Browser loggedIn(String role) throws Exception {
		return Browser.loggedIn(this.accounts, this.port, role);
	}

	/**
	 * An HTTP client with a cookie jar that logs in through the form, as a browser would.
	 */
	static final class Browser {

		private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final int port;

		final String username;

		Browser(int port, String username) {
			this.port = port;
			this.username = username;
		}

		/** A browser logged in as a new account with the role. */
		static Browser loggedIn(AccountService accounts, int port, String role) throws Exception {
			String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
			accounts.create(Actor.SYSTEM, new NewAccount(username, null, PASSWORD, List.of(role)));
			Browser browser = new Browser(port, username);
			browser.logIn(PASSWORD);
			return browser;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String contentType, byte[] body)
				throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", contentType)
				.header("Accept", HTML)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrfToken(String path) throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get(path).body());
			assertThat(token.find()).as("CSRF token on " + path).isTrue();
			return token.group(1);
		}

		void logIn(String password) throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get("/login").body());
			assertThat(token.find()).as("CSRF token on the login page").isTrue();
			String form = "username=" + encode(this.username) + "&password=" + encode(password) + "&_csrf="
					+ encode(token.group(1));
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", HTML)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Location")).as("redirect after login")
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
