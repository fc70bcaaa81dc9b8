package io.ownership.web.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization dashboard and each role's home page in a real browser: every chart is
 * drawn (an SVG with shapes), and the console reports no Content-Security-Policy
 * violation or other error.
 */
@BrowserTest
class DashboardJourneyIT {

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void theDashboardDrawsEveryChartWithoutConsoleErrors(Browser browser) {
		browser.logIn("manager", this.demoPassword).open("/dashboard");
		browser.find("kpi-table");

		List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure.chart"));
		assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
		for (WebElement chart : charts) {
			List<WebElement> shapes = chart.findElements(By.cssSelector("svg rect, svg path, svg circle"));
			assertThat(shapes).as(chart.getAttribute("id")).isNotEmpty();
			assertThat(chart.findElement(By.tagName("svg")).getSize().getHeight()).as(chart.getAttribute("id"))
				.isPositive();
		}
		assertThat(browser.find("demo-snapshots").isDisplayed()).isTrue();
		assertThat(errors(browser)).isEmpty();
	}

	@Test
	void eachRolesHomePageLoadsWithoutConsoleErrors(Browser browser) {
		Map<String, String> sections = Map.of("manager", "home-approvals", "po-a", "home-undecided", "dev-a",
				"home-training", "auditor", "home-auditor", "admin", "home-accounts");
		for (String user : List.of("manager", "po-a", "dev-a", "auditor", "admin")) {
			browser.logIn(user, this.demoPassword).open("/");
			assertThat(browser.find("welcome").getText()).startsWith("Welcome, ");
			assertThat(browser.find(sections.get(user)).isDisplayed()).as(user).isTrue();
			assertThat(errors(browser)).as(user).isEmpty();
			browser.logOut();
		}
	}

	/**
	 * The console's errors and CSP reports, without the missing favicon (the application
	 * has none; the browser asks for one on every first page).
	 */
	private static List<String> errors(Browser browser) {
		return browser.console()
			.stream()
			.filter((line) -> line.startsWith("SEVERE") || line.contains("Content Security Policy"))
			.filter((line) -> !line.contains("/favicon.ico"))
			.toList();
	}

}
