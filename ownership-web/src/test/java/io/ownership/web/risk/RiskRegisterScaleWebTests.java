package io.ownership.web.risk;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.risk.JobLock;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskJobs;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register with 10,000 risks of one product, and the scheduled jobs under two
 * instances, on the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class RiskRegisterScaleWebTests extends MockMvcTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RiskRepository risks;

	@Autowired
	AcceptanceRepository acceptances;

	@Autowired
	GuardrailsRepository policy;

	@Autowired
	RiskAccess access;

	@Autowired
	RiskPeople people;

	@Autowired
	Notifier notifier;

	@Autowired
	AuditLog audit;

	@Autowired
	RiskService riskService;

	@Autowired
	RiskJobs jobs;

	@Autowired
	JobLock lock;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aRegisterPageTakesTheSameFewStatementsWith10000Risks() throws Exception {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		List<Object[]> rows = new ArrayList<>();
		Instant now = Instant.now();
		for (int i = 0; i < 10_000; i++) {
			int likelihood = 1 + i % 5;
			int impact = 1 + (i / 5) % 5;
			int score = likelihood * impact;
			String level = (score <= 4) ? "LOW" : (score <= 9) ? "MEDIUM" : (score <= 16) ? "HIGH" : "CRITICAL";
			boolean inTreatment = i % 3 == 0;
			rows.add(new Object[] { UUID.randomUUID(), org.shop.id().value(), "Bulk risk " + i, "VULNERABILITY",
					likelihood, impact, score, level, inTreatment ? "IN_TREATMENT" : "OPEN",
					inTreatment ? Date.valueOf(LocalDate.now().plusDays((i % 40) - 20)) : null,
					Timestamp.from(now.minusSeconds(i)) });
		}
		this.jdbc.batchUpdate("""
				insert into risk (id, product_id, title, source, likelihood, impact, score, level, status,
				  treatment_due, identified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		String product = org.shop.id().toString();
		int first = count(get("/risks").param("product", product));
		int later = count(get("/risks").param("product", product).param("page", "37").param("size", "50"));
		int filtered = count(get("/risks").param("product", product)
			.param("level", "HIGH")
			.param("status", "IN_TREATMENT")
			.param("overdue", "true")
			.param("sort", "due")
			.param("dir", "asc")
			.param("page", "3"));
		int byTeam = count(get("/risks").param("team", org.team.id().toString()).param("expiring", "30"));
		int byNames = count(get("/risks").param("productName", org.shop.name())
			.param("ownerName", org.po)
			.param("level", "HIGH")
			.param("page", "2"));
		assertThat(first).isEqualTo(later).isEqualTo(filtered);
		// a product filtered by id is shown by its name
		assertThat(byTeam).isEqualTo(byNames).isEqualTo(first - 1);
		// count + rows + the team choices + the unread badge, and the product's name
		assertThat(first).isLessThanOrEqualTo(5);
		long started = System.nanoTime();
		this.mvc.perform(get("/risks").param("product", product).with(user(org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("of 400")));
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Register page with 10,000 risks: " + first + " statements, " + millis + " ms");
	}

	private int count(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		request.header("Cache-Control", "no-cache");
		this.mvc.perform(request.with(user("counter").roles("TEAM_MEMBER"))).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(request.with(user("counter").roles("TEAM_MEMBER"))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	/**
	 * An acceptance made through the domain with a clock set back, so that it is past its
	 * expiry today.
	 */
	private RiskAcceptance expiredAcceptance(RiskOrganization org, int daysAgo) {
		Clock past = Clock.fixed(Instant.now().minusSeconds(86_400L * daysAgo), ZoneOffset.UTC);
		Risk risk = this.riskService.register(RiskOrganization.actor(org.po, Role.PRODUCT_OWNER),
				new NewRisk(org.shop.id(), new RiskDescription("Old " + org.suffix, null, RiskSource.AUDIT, null), 2, 2,
						RiskFlags.NONE, Set.of()));
		AcceptanceService then = new AcceptanceService(this.risks, this.acceptances, this.policy, this.access,
				this.people, this.notifier, () -> null, this.audit, past);
		return then.request(RiskOrganization.actor(org.po, Role.PRODUCT_OWNER), risk.id(),
				new AcceptanceRequest("Accepted back then", null, LocalDate.now(past).plusDays(daysAgo - 2)));
	}

	@Test
	void theExpiryJobWaitsWhileAnotherInstanceHoldsItsLock() throws Exception {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		RiskAcceptance acceptance = expiredAcceptance(org, 10);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> otherInstance = CompletableFuture.supplyAsync(() -> tx.execute((status) -> {
			boolean got = this.lock.tryLock(RiskJobs.LOCK);
			held.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return got;
		}));
		assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(this.jobs.expireDue()).isZero();
		assertThat(this.acceptances.findById(acceptance.id()).orElseThrow().status())
			.isEqualTo(AcceptanceStatus.ACTIVE);
		release.countDown();
		assertThat(otherInstance.get(20, TimeUnit.SECONDS)).isTrue();
		assertThat(this.jobs.expireDue()).isGreaterThanOrEqualTo(1);
		RiskAcceptance expired = this.acceptances.findById(acceptance.id()).orElseThrow();
		assertThat(expired.status()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThat(this.risks.findById(expired.risk()).orElseThrow().status()).isEqualTo(RiskStatus.OPEN);
	}

	@Test
	void twoInstancesRunningTheJobsAtOnceExpireAndRemindOnce() throws Exception {
		RiskOrganization org = new RiskOrganization(this.accounts, this.catalog);
		RiskAcceptance acceptance = expiredAcceptance(org, 12);
		CyclicBarrier start = new CyclicBarrier(2);
		Runnable run = () -> {
			try {
				start.await(20, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.jobs.expireDue();
		};
		CompletableFuture<Void> a = CompletableFuture.runAsync(run);
		CompletableFuture<Void> b = CompletableFuture.runAsync(run);
		CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);
		RiskAcceptance expired = this.acceptances.findById(acceptance.id()).orElseThrow();
		assertThat(expired.status()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThat(expired.transitions()).filteredOn((t) -> t.action().equals("expired")).hasSize(1);
		Integer notices = this.jdbc.queryForObject("""
				select count(*) from notification n join user_account a on a.id = n.recipient_id
				where a.username = ? and n.text like '%expired%'
				""", Integer.class, org.po);
		assertThat(notices).isEqualTo(1);
		this.mvc.perform(get("/risks/" + expired.risk()).with(user(org.po).roles("PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Its acceptance expired")));
	}

}
