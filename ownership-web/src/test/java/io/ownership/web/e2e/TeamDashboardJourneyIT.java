package io.ownership.web.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the Business Services A team opens their team's ownership dashboard from
 * the home page and finds what the team owns, the vendor's component it is responsible
 * for, and the cluster it inherits from Application Platform.
 */
@BrowserTest
class TeamDashboardJourneyIT {

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void aTeamMemberSeesWhatTheTeamOwnsIsResponsibleForAndInherits(Browser browser) {
		browser.logIn("dev-a", this.demoPassword);
		browser.find("my-teams").findElement(By.linkText("Business Services A team")).click();

		assertThat(browser.path()).startsWith("/teams/");
		assertThat(browser.find("team-name").getText()).contains("Business Services A team");

		WebElement owned = browser.find("owned-assets");
		assertThat(owned.findElements(By.cssSelector("tr[data-asset]"))).extracting(WebElement::getText)
			.anySatisfy((row) -> assertThat(row).contains("business-services-a").contains("Code repository"))
			.anySatisfy((row) -> assertThat(row).contains("Customer database").contains("Customer data"));

		WebElement component = row(browser.find("responsible-assets"), "jackson-databind");
		assertThat(component.findElement(By.className("owner")).getText()).isEqualTo("FasterXML (vendor)");
		assertThat(component.findElement(By.className("responsible")).getText())
			.contains("Business Services A (Business Services A team)");

		WebElement cluster = row(browser.find("inherited"), "Production Kubernetes cluster");
		assertThat(cluster.findElement(By.className("owner")).getText()).contains("owned by Application Platform");

		assertThat(browser.has("edit-team")).as("a team member gets no edit controls").isFalse();
	}

	@Test
	void theSearchBoxTellsWhoOwnsAnAssetAndWhoIsResponsible(Browser browser) {
		browser.logIn("dev-a", this.demoPassword);
		browser.find("nav-search").sendKeys("jackson\n");

		browser.waitUntil(ExpectedConditions.urlContains("/search?q=jackson"));
		assertThat(browser.path()).startsWith("/search?q=jackson");
		WebElement hit = row(browser.find("search-results"), "jackson-databind");
		assertThat(hit.findElement(By.className("owner")).getText()).isEqualTo("FasterXML (vendor)");
		assertThat(hit.findElement(By.className("responsible")).getText()).contains("Business Services A");
	}

	private static WebElement row(WebElement table, String name) {
		List<WebElement> rows = table
			.findElements(By.cssSelector("tr[data-asset='" + name + "'], tr[data-hit='" + name + "']"));
		assertThat(rows).as(name + " is listed").hasSize(1);
		return rows.get(0);
	}

}
