package io.ownership.web.risk;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.web.support.KeptPageChecks;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The notifications are a kept page (issue 19), kept per user: the version check only at
 * the second view, rendered again after a change of the notifications (a new one, one
 * marked read) or of what else it reads, and one user's kept inbox never shown to
 * another.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class NotificationsKeptTests {

	static final String INBOX = "/notifications?within=30&unread=true";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	RiskOrganization org;

	KeptPageChecks checks;

	@BeforeEach
	void organization(@Autowired AccountService accounts, @Autowired CatalogService catalog) {
		this.org = new RiskOrganization(accounts, catalog);
		this.checks = new KeptPageChecks(this.mvc, this.jdbc);
		notify(this.org.po, "Kept notice for the owner " + this.org.suffix);
		notify(this.org.manager, "Kept notice for the manager " + this.org.suffix);
	}

	@Test
	void theInboxIsKeptUntilTheNotificationsChange() throws Exception {
		var po = user(this.org.po).roles("PRODUCT_OWNER");
		assertThat(this.checks.page(INBOX, po)).contains("Kept notice for the owner ");
		this.checks.assertKept(INBOX, po);
		this.checks.assertRenderedAgainAfterAChangeInEachAreaItReads(INBOX, po);

		notify(this.org.po, "A second notice " + this.org.suffix);
		assertThat(this.checks.page(INBOX, po)).contains("A second notice ");
		this.mvc.perform(post("/notifications/read").with(po).with(csrf()));
		assertThat(this.checks.page(INBOX, po)).doesNotContain("A second notice ");
	}

	@Test
	void oneUsersKeptInboxIsNeverShownToAnother() throws Exception {
		this.checks.assertKept(INBOX, user(this.org.po).roles("PRODUCT_OWNER"));
		this.checks.assertKept("/notifications", user(this.org.po).roles("PRODUCT_OWNER"));
		assertThat(this.checks.page(INBOX, user(this.org.manager).roles("PRODUCT_OWNER")))
			.contains("Kept notice for the manager ")
			.doesNotContain("Kept notice for the owner ");
		assertThat(this.checks.page("/notifications", user(this.org.manager).roles("PRODUCT_OWNER")))
			.doesNotContain("Kept notice for the owner ");
	}

	private void notify(String username, String text) {
		this.jdbc.update("insert into notification (recipient_id, text, created_at)"
				+ " select id, ?, now() from user_account where username = ?", text, username);
	}

}
