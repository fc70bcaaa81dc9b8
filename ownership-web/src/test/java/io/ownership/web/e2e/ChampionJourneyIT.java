package io.ownership.web.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security manager closes a coverage gap: from the team's row on the roster opens the
 * nomination page, nominates a champion for the Product Security team, activates them,
 * records a certification and a contribution, and the roster and the program overview
 * show the new coverage and points.
 */
@BrowserTest
class ChampionJourneyIT {

	private static final String TEAM = "Product Security team";

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void aSecurityManagerNominatesActivatesCertifiesAndRecognizesAChampion(Browser browser) {
		browser.logIn("manager", this.demoPassword);
		browser.open("/program");
		int coveredBefore = Integer.parseInt(browser.find("program-coverage-detail").getText().split(" ")[0]);
		browser.open("/champions");
		assertThat(row(browser, TEAM).getText()).contains("No active champion");

		assertThat(browser.has("nominate-link")).isTrue();
		WebElement nominateForTeam = row(browser, TEAM).findElement(By.className("nominate-team"));
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", nominateForTeam);
		nominateForTeam.click();
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("nominate-form")));
		assertThat(new Select(browser.driver().findElement(By.id("team"))).getFirstSelectedOption().getText())
			.isEqualTo(TEAM);
		new Select(browser.driver().findElement(By.id("person")))
			.selectByVisibleText("Tom Becker <tom.becker@example.org>");
		browser.click("nominate");
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("champion-record")));
		assertThat(browser.find("flash").getText()).isEqualTo("The champion was nominated.");
		assertThat(browser.find("status").getText()).isEqualTo("Nominated");

		browser.click("activate");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("status"), "Active"));

		WebElement certification = browser.find("certification-form");
		certification.findElement(By.id("name")).sendKeys("OSWE");
		certification.findElement(By.id("issuer")).sendKeys("OffSec");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2025-03-01';",
				certification.findElement(By.id("obtained")));
		browser.click("add-certification");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "The certification was recorded."));
		assertThat(browser.find("certifications").getText()).contains("OSWE").contains("OffSec");

		WebElement contribution = browser.find("contribution-form");
		new Select(contribution.findElement(By.id("kind"))).selectByVisibleText("Threat model facilitated");
		contribution.findElement(By.id("description")).sendKeys("Threat model of the scanner service");
		browser.click("add-contribution");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("flash"), "The contribution was recognized."));
		int points = Integer.parseInt(browser.find("points").getText());
		assertThat(points).isPositive();
		assertThat(browser.find("history").getText()).contains("Tom Becker nominated as champion of " + TEAM)
			.contains("Certification OSWE recorded");

		browser.open("/champions?q=product+security");
		WebElement roster = row(browser, TEAM);
		assertThat(roster.getText()).contains("Tom Becker").contains("Active").doesNotContain("No active champion");
		assertThat(roster.findElement(By.className("points")).getText()).isEqualTo(String.valueOf(points));
		assertThat(roster.findElement(By.className("certifications")).getText()).isEqualTo("1");

		browser.open("/program");
		assertThat(browser.find("program-coverage-detail").getText()).startsWith((coveredBefore + 1) + " of ");
		assertThat(browser.find("gaps").getText()).doesNotContain(TEAM);
		assertThat(browser.find("leaderboard").getText()).contains("Tom Becker");
	}

	private static WebElement row(Browser browser, String team) {
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#roster tr[data-team='" + team + "']"));
		assertThat(rows).isNotEmpty();
		return rows.get(0);
	}

}
