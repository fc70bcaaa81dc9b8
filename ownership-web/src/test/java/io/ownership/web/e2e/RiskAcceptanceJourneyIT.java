package io.ownership.web.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk owner's journeys in the browser: Anna Berger (po-a) accepts a medium risk of
 * Business Services A alone; requests a high one involving customer data, which escalates
 * with its reasons shown before and after submitting; the security manager approves it
 * with a comment; the register shows it accepted until its date.
 */
@BrowserTest
class RiskAcceptanceJourneyIT {

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Autowired
	AcceptanceService acceptanceService;

	@Autowired
	AcceptanceRepository acceptances;

	private void registerRisk(Browser browser, String title, int likelihood, int impact, boolean customerData) {
		browser.open("/risks/new");
		// The product is a search field: part of the name typed, the suggestion chosen.
		browser.find("productName").sendKeys("ness Services");
		click(browser, browser.waitUntil(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#productName-suggestions [data-pick='Business Services A']"))));
		assertThat(browser.find("productName").getAttribute("value")).isEqualTo("Business Services A");
		browser.find("title").sendKeys(title);
		new Select(browser.find("source")).selectByValue("PEN_TEST");
		browser.find("likelihood").clear();
		browser.find("likelihood").sendKeys(String.valueOf(likelihood));
		browser.find("impact").clear();
		browser.find("impact").sendKeys(String.valueOf(impact));
		if (customerData) {
			click(browser, browser.find("involvesCustomerData1"));
		}
		click(browser, browser.find("register-risk"));
		browser.waitUntil(ExpectedConditions.textToBe(By.id("risk-title"), title));
	}

	private static void click(Browser browser, WebElement element) {
		// a DOM click: the headless window is small and Bootstrap's layout may overlap
		// the element
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
	}

	private void setExpiry(Browser browser, LocalDate date) {
		WebElement input = browser.find("expiresOn");
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				input, date.toString());
	}

	@Test
	void theRiskOwnerAcceptsAMediumRiskAlone(Browser browser) {
		String title = "Debug endpoint exposed " + UUID.randomUUID().toString().substring(0, 6);
		browser.logIn("po-a", this.demoPassword);
		registerRisk(browser, title, 2, 3, false);

		assertThat(browser.find("verdict").getText()).startsWith("Inside the guardrails");
		browser.find("justification").sendKeys("Reachable from the office network only");
		LocalDate until = LocalDate.now().plusDays(100);
		setExpiry(browser, until);
		click(browser, browser.find("submit-acceptance"));

		assertThat(browser.find("flash").getText()).contains("active");
		assertThat(browser.find("accepted-until").getText()).isEqualTo("Accepted until " + until);
	}

	@Test
	void aHighRiskWithCustomerDataEscalatesAndTheSecurityManagerApprovesIt(Browser browser) {
		String title = "Customer PII in logs " + UUID.randomUUID().toString().substring(0, 6);
		browser.logIn("po-a", this.demoPassword);
		registerRisk(browser, title, 3, 4, true);

		setExpiry(browser, LocalDate.now().plusDays(120));
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation"), "at most 90 days"));
		LocalDate until = LocalDate.now().plusDays(60);
		setExpiry(browser, until);
		browser
			.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Outside the guardrails"));
		assertThat(browser.find("reasons").getText()).contains("Level HIGH is above")
			.contains("involves customer data");
		browser.find("justification").sendKeys("Log scrubbing ships next sprint");
		browser.find("compensatingControls").sendKeys("Log access limited to two admins");
		click(browser, browser.find("submit-acceptance"));

		assertThat(browser.find("flash").getText()).contains("waits for approval");
		String page = browser.driver().getPageSource();
		assertThat(page).contains("Pending approval").contains("The risk involves customer data.");
		String riskPath = browser.path();
		browser.logOut();

		browser.logIn("manager", this.demoPassword);
		browser.open("/approvals");
		WebElement card = browser.waitUntil(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//div[contains(@class,'approval')][.//a[text()='" + title + "']]")));
		assertThat(card.getText()).contains("The risk involves customer data.");
		card.findElement(By.name("comment")).sendKeys("Accepted with the log access limits");
		click(browser, card.findElement(By.className("approve")));
		browser.waitUntil(ExpectedConditions.stalenessOf(card));
		assertThat(browser.has("flash")).as(browser.driver().getPageSource()).isTrue();
		assertThat(browser.find("flash").getText()).contains("Approved");

		browser.open(riskPath);
		assertThat(browser.find("accepted-until").getText()).isEqualTo("Accepted until " + until);
		browser.open("/risks?q=" + title.replace(' ', '+'));
		assertThat(browser.find("risks").getText()).contains(title).contains("Accepted until " + until);
	}

	@Test
	void theRiskOwnerReassessesARiskInThePageAndSeesTheNewLevel(Browser browser) {
		String title = "Session fixation " + UUID.randomUUID().toString().substring(0, 6);
		browser.logIn("po-a", this.demoPassword);
		registerRisk(browser, title, 2, 2, false);
		assertThat(browser.find("risk-state").getText()).contains("Low");

		click(browser, browser.find("reassess"));
		browser.find("likelihood").clear();
		browser.find("likelihood").sendKeys("4");
		browser.find("impact").clear();
		browser.find("impact").sendKeys("4");
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("score-preview"), "= 16"));
		assertThat(browser.find("score-preview").getText()).contains("High");
		click(browser, browser.find("save-risk"));

		assertThat(browser.find("flash").getText()).contains("reassessed");
		assertThat(browser.find("risk-state").getText()).contains("High");
		assertThat(browser.find("risk-score").getText()).contains("4 × impact 4 = 16");
	}

	@Test
	void anApprovalOfARequestWithdrawnMeanwhileIsRefusedWithItsMessage(Browser browser) {
		String title = "Open S3 bucket " + UUID.randomUUID().toString().substring(0, 6);
		browser.logIn("po-a", this.demoPassword);
		registerRisk(browser, title, 3, 4, true);
		setExpiry(browser, LocalDate.now().plusDays(30));
		browser
			.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Outside the guardrails"));
		browser.find("justification").sendKeys("Bucket policy fix next week");
		click(browser, browser.find("submit-acceptance"));
		assertThat(browser.find("flash").getText()).contains("waits for approval");
		String riskPath = browser.path();
		browser.logOut();

		browser.logIn("manager", this.demoPassword);
		browser.open("/approvals");
		WebElement card = browser.waitUntil(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//div[contains(@class,'approval')][.//a[text()='" + title + "']]")));
		card.findElement(By.name("comment")).sendKeys("Looks fine");

		// Meanwhile the requester withdraws it, in a session of their own.
		RiskAcceptance pending = this.acceptances
			.findPending(new RiskId(UUID.fromString(riskPath.substring(riskPath.lastIndexOf('/') + 1))))
			.orElseThrow();
		this.acceptanceService.withdraw(new Actor("po-a", Set.of(Role.PRODUCT_OWNER)), pending.id(), "Fixed it",
				pending.version());

		click(browser, card.findElement(By.className("approve")));
		assertThat(browser.find("approval-refused").getText()).contains("no longer waits for approval")
			.contains("Withdrawn");
	}

}
