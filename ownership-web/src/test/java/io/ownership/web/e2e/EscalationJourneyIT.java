package io.ownership.web.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's acceptance request, pending for six days, has escalated along the path of
 * Vulnerability management to the risk owner and then to the head of security: she sees
 * it on her home page with how long it has waited, follows it to the risk, and the
 * product page lists it among its open escalations.
 */
@BrowserTest
class EscalationJourneyIT {

	private static final String REQUEST = "Acceptance request for \"Partner endpoint accepts TLS 1.0\"";

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void aPendingRequestEscalatesToTheHeadOfSecurityWhoSeesItOnTheHomePage(Browser browser) {
		browser.logIn("head-sec", this.demoPassword).open("/");

		WebElement row = escalation(browser.find("my-escalations-table"));
		assertThat(row.getText()).contains("An acceptance request pending")
			.containsPattern("[6-7] days")
			.contains("Step 2: Helena Schmidt");

		browser.click(row.findElement(By.linkText(row.findElement(By.tagName("a")).getText())));
		browser.waitUntil((driver) -> browser.path().startsWith("/risks/"));
		assertThat(browser.driver().getPageSource()).contains("Partner endpoint accepts TLS 1.0");
		browser.logOut();

		browser.logIn("po-a", this.demoPassword).open("/");
		assertThat(escalation(browser.find("my-escalations-table")).getText()).contains("Step 2: Helena Schmidt");
	}

	private static WebElement escalation(WebElement table) {
		return table.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter((tr) -> tr.getText().contains(REQUEST))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no escalated request in " + table.getText()));
	}

}
