package io.ownership.web.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team member of Business Services A opens the product's page and sees the security
 * gate's state from the demo pipeline's question: it fails, and says why, with the
 * finding that no active acceptance covers; the gate page shows the check runs and the
 * history.
 */
@BrowserTest
class GateJourneyIT {

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void theProductPageShowsTheGateStateWithItsReasons(Browser browser) {
		browser.logIn("po-a", this.demoPassword).open("/products?q=Business+Services+A");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
				browser.driver().findElement(By.linkText("Business Services A")));
		browser.find("product-name");

		String gate = browser.find("gate-state").getText();
		assertThat(gate).contains("fail", "business-services-a 2.3.0", "Business Services A pipeline",
				"UNCOVERED_FINDING", "CVE-2020-36518");

		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.find("gate-link"));
		assertThat(browser.find("gate-runs").getText()).contains("trivy 0.58.1", "semgrep 1.99.0");
		assertThat(browser.find("gate-evaluations").getText()).contains("business-services-a 2.3.0", "production");
	}

}
