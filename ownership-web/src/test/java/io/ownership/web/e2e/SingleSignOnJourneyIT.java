package io.ownership.web.e2e;

import java.util.Map;
import java.util.UUID;

import io.ownership.web.support.SingleSignOnProvider;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in the browser, through the login page of a real OpenID Connect provider
 * started by the test (mock-oauth2-server with its interactive login).
 */
@BrowserTest
class SingleSignOnJourneyIT {

	static final MockOAuth2Server provider = SingleSignOnProvider
		.started(new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}")));

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		SingleSignOnProvider.properties(registry, provider, Map.of("developers", "TEAM_MEMBER"));
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void aNewcomerLogsInThroughTheProvidersPageGetsAnAccountAndLogsOut(Browser browser) {
		String name = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		browser.open("/login");
		browser.find("login-sso").click();

		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("claims")));
		browser.driver().findElement(By.name("username")).sendKeys(name);
		browser.driver()
			.findElement(By.name("claims"))
			.sendKeys("{\"preferred_username\": \"" + name + "\", \"email\": \"" + name
					+ "@example.org\", \"name\": \"Jo Newcomer\", \"groups\": [\"developers\"]}");
		browser.driver().findElement(By.cssSelector("input[type=submit]")).click();

		assertThat(browser.find("welcome").getText()).isEqualTo("Welcome, Jo Newcomer");
		assertThat(browser.path()).isEqualTo("/");
		browser.logOut();
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}

}
