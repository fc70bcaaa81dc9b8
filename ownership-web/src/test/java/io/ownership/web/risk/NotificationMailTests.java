package io.ownership.web.risk;

import java.time.LocalDate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskService;
import io.ownership.core.shared.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured, notifications also go out by e-mail to the person linked
 * to the recipient's account, checked against an in-process SMTP server.
 */
@SpringBootTest
// Closed after the class: its mailer would try later tests' notifications on the stopped
// server.
@DirtiesContext
class NotificationMailTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("ownership.mail.from", () -> "ownership@example.org");
	}

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@Test
	void securityManagersAreMailedOfAnEscalatedRequest() throws Exception {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		Risk risk = org.auditRisk(this.risks, "Mailed", 4, 4);
		this.acceptances.request(RiskOrganization.actor(org.po, Role.PRODUCT_OWNER), risk.id(),
				new AcceptanceRequest("Because", null, LocalDate.now().plusDays(30)));
		String managerAddress = org.manager + "@example.org";
		// Sent from the outbox off the request thread: wait for this test's own message.
		java.util.Optional<MimeMessage> found = java.util.Optional.empty();
		for (int i = 0; i < 600 && found.isEmpty(); i++) {
			Thread.sleep(100);
			found = java.util.Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
				try {
					return m.getAllRecipients()[0].toString().equals(managerAddress)
							&& m.getSubject().contains("Mailed " + org.suffix);
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).findFirst();
		}
		MimeMessage message = found.orElseThrow();
		assertThat(message.getFrom()[0].toString()).isEqualTo("ownership@example.org");
		assertThat(((String) message.getContent())).contains("awaits your approval").contains("/approvals");
	}

}
