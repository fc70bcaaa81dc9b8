package io.ownership.web.e2e;

import java.time.Duration;

import io.ownership.core.catalog.ProductRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security manager opens the vulnerability management draft, read only, goes to its
 * editor and edits it in the grid: a second accountable party is reported at once, the
 * fix clears it, the draft is published and Business Services A's responsibilities name
 * the new version's teams.
 */
@BrowserTest
class MatrixJourneyIT {

	private static final String ROW = "Patch base images and the cluster";

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Autowired
	ProductRepository products;

	@Test
	void aSecondAccountableIsReportedAtOnceFixedPublishedAndResolvedForTheProduct(Browser browser) {
		browser.logIn("manager", this.demoPassword);
		browser.find("nav-responsibilities").click();
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.linkText("Vulnerability management"))).click();
		assertThat(browser.find("draft-marker").getText()).isEqualTo("Draft \u2014 not published");
		assertThat(browser.driver().findElements(By.cssSelector("select.raci-select"))).isEmpty();
		browser.find("edit-matrix").click();
		browser.find("matrix-editor");
		assertThat(status(browser).getText()).isEqualTo("OK");

		new Select(cell(browser, "Product security team")).selectByValue("A");

		browser.waitUntil(
				ExpectedConditions.textToBePresentInElementLocated(statusLocator(), "2 parties are accountable (A)"));
		assertThat(browser.find("draft-violations").getText()).contains("Row 5:");
		assertThat(browser.find("publish").isEnabled()).isFalse();

		new Select(cell(browser, "Platform team")).selectByValue("C");

		browser.waitUntil(ExpectedConditions.textToBe(statusLocator(), "OK"));
		browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("publish")));
		assertThat(browser.has("draft-violations")).isFalse();
		String version = browser.find("publish").getText();
		assertThat(version).isEqualTo("Publish as version 2");
		WebElement publish = browser.find("publish");
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", publish);
		publish.click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.urlContains("/versions/2"));
		assertThat(browser.find("flash").getText()).isEqualTo("The matrix was published.");

		String product = this.products.findByName("Business Services A").orElseThrow().id().toString();
		browser.open("/products/" + product + "/responsibilities");
		WebElement activity = browser.waitUntil(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("tr.resolved-activity[data-activity='" + ROW + "']")));
		assertThat(activity.findElement(By.cssSelector("li[data-letter='A'] .who")).getText())
			.isEqualTo("Product Security team");
		assertThat(activity.findElement(By.cssSelector("li[data-letter='C'] .who")).getText())
			.isEqualTo("Application Platform team");
		assertThat(activity.findElement(By.cssSelector("li[data-letter='R'] .who")).getText())
			.isEqualTo("Business Services A team");
		assertThat(browser.driver().getPageSource()).contains("Version 2");
	}

	private static By rowLocator() {
		return By.xpath("//tr[.//span[@class='activity-name' and text()='" + ROW + "']]");
	}

	private static By statusLocator() {
		return By
			.xpath("//tr[.//span[@class='activity-name' and text()='" + ROW + "']]/td[contains(@class,'rule-status')]");
	}

	private static WebElement status(Browser browser) {
		return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(statusLocator()));
	}

	private static WebElement cell(Browser browser, String party) {
		WebElement row = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(rowLocator()));
		return row.findElement(By.cssSelector("select[data-party='" + party + "']"));
	}

}
