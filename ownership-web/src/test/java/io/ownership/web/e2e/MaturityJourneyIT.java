package io.ownership.web.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business Services A's champion assesses this quarter from last quarter's answers and
 * submits; the security manager sends it back with a comment, the champion submits again
 * and the manager accepts; the team's maturity page then shows three quarters in the
 * trend chart.
 */
@BrowserTest
class MaturityJourneyIT {

	private static final String TEAM = "Business Services A team";

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void aChampionSubmitsTheManagerSendsBackThenAcceptsAndTheTrendShowsIt(Browser browser) {
		browser.logIn("dev-a", this.demoPassword).open("/maturity");
		browser.driver().findElement(By.linkText(TEAM)).click();
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("start-assessment")));
		assertThat(browser.find("trend-chart").findElements(By.cssSelector("circle"))).hasSize(2);
		browser.click("start-assessment");
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("assessment-title")));
		String assessment = browser.path();

		new Select(browser.find("SM-0-level")).selectByVisibleText("Yes, for most or all");
		browser.find("SM-0-note").clear();
		browser.find("SM-0-note").sendKeys("Security plan agreed with the product owner");
		browser.click("save-SM");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "Answers saved."));
		assertThat(new Select(browser.find("SM-0-level")).getFirstSelectedOption().getText())
			.isEqualTo("Yes, for most or all");

		browser.click("submit-assessment");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "Assessment submitted for review."));
		browser.logOut();

		browser.logIn("manager", this.demoPassword).open(assessment);
		browser.find("comment").sendKeys("Please link the evidence for Secure Build");
		browser.click("send-back-assessment");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "Assessment sent back to the team."));
		assertThat(browser.find("review-comment").getText()).contains("Please link the evidence for Secure Build");
		browser.logOut();

		browser.logIn("dev-a", this.demoPassword).open(assessment);
		assertThat(browser.find("review-comment").getText()).contains("Please link the evidence for Secure Build");
		browser.click("submit-assessment");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "Assessment submitted for review."));
		browser.logOut();

		browser.logIn("manager", this.demoPassword).open(assessment);
		browser.click("accept-assessment");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "Assessment accepted."));

		browser.driver().findElement(By.partialLinkText("Back to the maturity of")).click();
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("trend-chart")));
		List<WebElement> points = browser.find("trend-chart").findElements(By.cssSelector("circle"));
		assertThat(points).hasSize(3);
		assertThat(browser.find("practice-chart").getText()).contains("Strategy & Metrics");
	}

}
