package io.ownership.web.risk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskService;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A mail server that accepts connections and never answers (a real socket): the request
 * whose decision notifies does not wait for it, the notification stays in the inbox, and
 * its e-mail is kept in the outbox to be tried again later.
 */
@SpringBootTest
@AutoConfigureMockMvc
// Closed after the class: its mailer would try later tests' notifications on the silent
// server.
@DirtiesContext
class NotificationMailTimeoutTests extends MockMvcTestSupport {

	static final ServerSocket silent;

	static final List<Socket> accepted = new CopyOnWriteArrayList<>();

	static {
		try {
			silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Thread acceptor = new Thread(() -> {
			while (!silent.isClosed()) {
				try {
					accepted.add(silent.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "silent-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@DynamicPropertySource
	static void silentMailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", silent::getLocalPort);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "1000");
		registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "1000");
	}

	@AfterAll
	static void close() throws IOException {
		silent.close();
		for (Socket socket : accepted) {
			socket.close();
		}
	}

	@Autowired
	RiskService risks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDecisionReturnsAtOnceAndItsMailIsKeptToBeTriedAgain() throws Exception {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		Risk risk = org.auditRisk(this.risks, "Silent mail", 4, 4);

		// Without the outbox this request waits for the mail server, which never answers.
		assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> this.mvc
					.perform(post("/risks/" + risk.id() + "/acceptances").with(user(org.po).roles("PRODUCT_OWNER"))
						.with(csrf())
						.param("justification", "Fix planned next quarter")
						.param("expiresOn", LocalDate.now().plusDays(30).toString()))
					.andExpect(status().is3xxRedirection()));

		Map<String, Object> mail = waitForAnAttempt(org.manager);
		assertThat(mail.get("text").toString()).contains("Silent mail " + org.suffix);
		assertThat(mail.get("mail_status")).isEqualTo("PENDING");
		assertThat(mail.get("mail_next_at")).isNotNull();
		assertThat(mail.get("mail_last_error")).isNotNull();
		assertThat(accepted).isNotEmpty();
	}

	private Map<String, Object> waitForAnAttempt(String recipient) throws InterruptedException {
		String query = """
				select n.text, n.mail_status, n.mail_attempts, n.mail_next_at, n.mail_last_error
				from notification n join user_account a on a.id = n.recipient_id where a.username = ?
				""";
		for (int i = 0; i < 300; i++) {
			List<Map<String, Object>> rows = this.jdbc.queryForList(query, recipient);
			if (!rows.isEmpty() && rows.get(0).get("mail_last_error") != null) {
				return rows.get(0);
			}
			Thread.sleep(100);
		}
		List<Map<String, Object>> rows = this.jdbc.queryForList(query, recipient);
		assertThat(rows).as("the notification of %s is in the inbox", recipient).hasSize(1);
		assertThat(rows.get(0).get("mail_last_error")).as("an attempt was made within 30 seconds").isNotNull();
		return rows.get(0);
	}

}
