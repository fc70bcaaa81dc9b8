package io.ownership.web.error;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import io.ownership.core.account.AccountService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are held back until they are rendered whole, on a real server with its response
 * wrappers: a long page arrives whole and in order, and a page that fails after much of
 * it was rendered is the error page, with nothing of the failed page before it. The page
 * is the benchmark's bare table, with rows from a test handler.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(HeldBackPagesTests.Rows.class)
class HeldBackPagesTests {

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<td>");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void aLongPageArrivesWholeAndInOrder() throws Exception {
		HttpResponse<String> response = loggedIn().get("/held-back-test/rows?count=6000");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length()).as("characters, more than a humongous array's worth")
			.isGreaterThan(600_000);
		assertThat(ROW.matcher(response.body()).results().count()).isEqualTo(6000);
		assertThat(response.body()).contains("Équipe ✓ 0<").contains("Équipe ✓ 5999<").endsWith("</html>\n");
		assertThat(response.body().indexOf("Équipe ✓ 2999<")).isLessThan(response.body().indexOf("Équipe ✓ 3000<"));
	}

	@Test
	void aPageThatFailsAfterMuchWasRenderedIsTheErrorPageAlone() throws Exception {
		ErrorPagesTests.Browser browser = loggedIn();

		HttpResponse<String> response = browser.get("/held-back-test/rows?count=6000&failAfter=3000");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("data-status=\"500\"")
			.contains("Logged in as " + browser.username)
			.doesNotContain("Équipe ✓")
			.doesNotContain("Reference table");
	}

	private ErrorPagesTests.Browser loggedIn() throws Exception {
		return ErrorPagesTests.Browser.loggedIn(this.accounts, this.port, "TEAM_MEMBER");
	}

	@Controller
	static class Rows {

		@GetMapping("/held-back-test/rows")
		String rows(@RequestParam int count, @RequestParam(defaultValue = "-1") int failAfter, Model model) {
			model.addAttribute("rows", (Iterable<Map<String, Object>>) () -> new Iterator<>() {

				private int next;

				@Override
				public boolean hasNext() {
					if (this.next == failAfter) {
						throw new IllegalStateException("a row that cannot be read");
					}
					return this.next < count;
				}

				@Override
				public Map<String, Object> next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					int number = this.next++;
					return Map.of("number", number, "name", "Équipe ✓ " + number, "team", "Team", "kind", "PLATFORM",
							"owner", "Person");
				}

			});
			return "bench/bare";
		}

	}

}
