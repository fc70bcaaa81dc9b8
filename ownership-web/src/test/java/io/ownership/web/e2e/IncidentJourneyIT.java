package io.ownership.web.e2e;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anna Berger, product owner of Business Services A, records a resolved incident, sees
 * who is responsible and accountable in its incident-management matrix, writes the
 * post-mortem naming the activity that was unclear, and opens an action for Daniel Kraus,
 * who finds it on his home page ("Your open actions", the home page's panel of this
 * branch).
 */
@BrowserTest
class IncidentJourneyIT {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void anIncidentGetsAPostMortemWhoseActionIsOnTheOwnersHomePage(Browser browser) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		browser.logIn("po-a", this.demoPassword).open("/incidents");
		browser.click("new-incident");
		// The product and the action's owner are search fields: a name typed whole is
		// resolved on the server.
		browser.find("productName").sendKeys("Business Services A");
		browser.find("title").sendKeys("Session tokens in the access log " + suffix);
		new Select(browser.find("severity")).selectByValue("HIGH");
		set(browser, "detectedAt", now.minusHours(5).format(TIME));
		set(browser, "containedAt", now.minusHours(4).format(TIME));
		set(browser, "resolvedAt", now.minusHours(1).format(TIME));
		browser.find("save-incident").submit();

		assertThat(browser.find("incident-status").getText()).isEqualTo("Resolved");
		assertThat(browser.find("incident-matrix").getText()).contains("Coordinate the incident response")
			.contains("Business Services A team");

		browser.click("write-post-mortem");
		browser.find("timeline").sendKeys("09:00 log review finds tokens\n10:00 logging fixed, sessions revoked");
		browser.find("contributingFactors").sendKeys("The log format was never reviewed");
		Select activity = new Select(browser.find("activity"));
		activity.getOptions()
			.stream()
			.filter((option) -> option.getText().contains("Coordinate the incident response"))
			.findFirst()
			.orElseThrow()
			.click();
		browser.find("save-post-mortem").submit();
		assertThat(browser.find("pm-activity").getText())
			.contains("Incident management: Coordinate the incident response");

		browser.find("action-form").findElement(By.id("title")).sendKeys("Review the log format " + suffix);
		browser.find("owner").sendKeys("Daniel Kraus");
		set(browser, "dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
		browser.find("open-action").submit();
		assertThat(browser.find("actions").getText()).contains("Review the log format " + suffix);

		browser.logOut().logIn("dev-a", this.demoPassword);
		assertThat(browser.find("my-actions").getText()).contains("Review the log format " + suffix)
			.contains("Post-mortem: Session tokens in the access log " + suffix);
	}

	private static void set(Browser browser, String id, String value) {
		WebElement input = browser.find(id);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
	}

}
