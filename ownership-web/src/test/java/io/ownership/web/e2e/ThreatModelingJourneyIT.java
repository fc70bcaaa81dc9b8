package io.ownership.web.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threat modeling in refinement, in the browser: Daniel Kraus (dev-a, Business Services A
 * team) triages a story; Anna Berger (po-a, its product owner) decides it needs a threat
 * model; Daniel records two threats and turns the one to accept into a risk; Anna, the
 * product's risk owner, finds it in the register and sees the threat it came from.
 */
@BrowserTest
class ThreatModelingJourneyIT {

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void aTeamMembersThreatToAcceptReachesTheRiskOwnersRegisterWithItsOrigin(Browser browser) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String ticket = "BSA-" + Math.abs(suffix.hashCode() % 100000);
		String story = "Export invoices as PDF " + suffix;

		browser.logIn("dev-a", this.demoPassword);
		browser.open("/products?q=" + URLEncoder.encode("Business Services A", StandardCharsets.UTF_8));
		click(browser, browser.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText("Business Services A"))));
		click(browser, browser.find("product-threats-link"));
		browser.find("ticket").sendKeys(ticket);
		browser.find("title").sendKeys(story);
		click(browser, browser.find("triage-customerData"));
		click(browser, browser.find("triage-item"));
		assertThat(browser.find("suggestion").getText()).isEqualTo("Threat model suggested");
		String itemPath = browser.path();
		assertThat(browser.has("decision-form")).as("a team member does not decide").isFalse();
		browser.logOut();

		browser.logIn("po-a", this.demoPassword).open(itemPath);
		click(browser, browser.find("decision-NEEDED"));
		browser.find("reason").sendKeys("Customer data leaves the shop");
		click(browser, browser.find("decide"));
		assertThat(browser.find("decision").getText()).contains("Threat model needed");
		browser.logOut();

		browser.logIn("dev-a", this.demoPassword).open(itemPath);
		click(browser, browser.find("start-model"));
		assertThat(browser.find("participants").getText()).as("the team's champion by default")
			.contains("Daniel Kraus");
		recordThreat(browser, "SPOOFING", "Someone downloads another customer's invoices",
				"Invoices are filtered by the session's customer", "MITIGATED_IN_DESIGN");
		recordThreat(browser, "INFORMATION_DISCLOSURE", "PDFs stay in shared download folders " + suffix, "",
				"TO_ACCEPT");
		click(browser, browser.find("to-risk-1"));
		browser.find("likelihood").clear();
		browser.find("likelihood").sendKeys("2");
		click(browser, browser.find("register-threat-risk"));
		String riskTitle = "Information disclosure: PDFs stay in shared download folders " + suffix;
		browser.waitUntil(ExpectedConditions.textToBe(By.id("risk-title"), riskTitle));
		browser.logOut();

		browser.logIn("po-a", this.demoPassword)
			.open("/risks?q=" + URLEncoder.encode("shared download folders " + suffix, StandardCharsets.UTF_8));
		click(browser, browser.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText(riskTitle))));
		assertThat(browser.find("risk-origin").getText()).contains("Information disclosure")
			.contains(ticket + " " + story);
		assertThat(browser.driver().getPageSource()).contains("Anna Berger");
		click(browser, browser.find("risk-origin").findElement(By.tagName("a")));
		assertThat(browser.find("item-title").getText()).isEqualTo(ticket + " " + story);
	}

	private static void recordThreat(Browser browser, String category, String what, String how, String status) {
		new Select(browser.find("category")).selectByValue(category);
		browser.find("whatCouldGoWrong").sendKeys(what);
		if (!how.isEmpty()) {
			browser.find("howWeEnsure").sendKeys(how);
		}
		new Select(browser.find("status")).selectByValue(status);
		click(browser, browser.find("record-threat"));
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("threats"), what));
	}

	private static void click(Browser browser, WebElement element) {
		// a DOM click: the headless window is small and Bootstrap's layout may overlap
		// the element
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

}
