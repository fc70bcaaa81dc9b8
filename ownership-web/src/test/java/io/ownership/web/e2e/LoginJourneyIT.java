package io.ownership.web.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in and out through the real form, and what a team member may not see.
 */
@BrowserTest
class LoginJourneyIT {

	@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}")
	String demoPassword;

	@Test
	void theAdministratorLogsInReachesTheHomePageAndLogsOut(Browser browser) {
		browser.logIn("admin", this.demoPassword);

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.find("welcome").getText()).isEqualTo("Welcome, Administrator");
		assertThat(browser.has("nav-users")).isTrue();
		assertThat(browser.has("nav-audit")).isTrue();

		browser.logOut();

		assertThat(browser.path()).isEqualTo("/login?logout");
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@Test
	void aTeamMemberSeesNoUsersLinkAndGetsTheForbiddenPageForAccounts(Browser browser) {
		browser.logIn("dev-a", this.demoPassword);

		assertThat(browser.find("welcome").getText()).isEqualTo("Welcome, Daniel Kraus");
		assertThat(browser.has("nav-users")).isFalse();
		assertThat(browser.has("nav-audit")).isFalse();

		browser.open("/admin/users");

		assertThat(browser.find("error-page").getAttribute("data-status")).isEqualTo("403");
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
		assertThat(browser.has("logout")).as("the 403 page is inside the layout").isTrue();
	}

}
