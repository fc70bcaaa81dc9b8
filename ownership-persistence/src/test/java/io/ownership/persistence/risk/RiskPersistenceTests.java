package io.ownership.persistence.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.guardrail.GuardrailReason;
import io.ownership.core.risk.guardrail.GuardrailRule;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.ProductGuardrails;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAcceptances;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.core.risk.RiskRow;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class RiskPersistenceTests {

	@Autowired
	JdbcRiskRepository risks;

	@Autowired
	JdbcAcceptanceRepository acceptances;

	@Autowired
	JdbcGuardrailsRepository guardrails;

	@Autowired
	PostgresJobLock lock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	ProductId product(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into product (id, name, kind) values (:id, :name, 'BUSINESS_SERVICE')")
			.param("id", id)
			.param("name", name + " " + id)
			.update();
		return new ProductId(id);
	}

	@Test
	void storesAndReadsBackARiskWithItsFlagsAndAssets() {
		ProductId product = product("Shop");
		ProductId other = product("Other");
		UUID asset = UUID.randomUUID();
		this.jdbc
			.sql("insert into asset (id, name, type, owner_product_id, responsible_product_id)"
					+ " values (:id, 'repo', 'CODE_REPOSITORY', :p, :p)")
			.param("id", asset)
			.param("p", product.value())
			.update();
		Risk risk = Risk.register(product, new RiskDescription("XSS in search", "desc", RiskSource.PEN_TEST, "PT-1"), 3,
				4, new RiskFlags(Set.of(other), true, "ASVS 5.1"), Set.of(new AssetId(asset)), RiskMatrix.DEFAULT,
				Instant.parse("2026-03-01T10:00:00Z"));
		this.risks.save(risk);
		Risk read = this.risks.findById(risk.id()).orElseThrow();
		assertThat(read.title()).isEqualTo("XSS in search");
		assertThat(read.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(read.score()).isEqualTo(12);
		assertThat(read.flags().affectedProducts()).containsExactly(other);
		assertThat(read.flags().involvesCustomerData()).isTrue();
		assertThat(read.flags().violatedRequirement()).isEqualTo("ASVS 5.1");
		assertThat(read.assets()).containsExactly(new AssetId(asset));
		assertThat(read.version()).isZero();
		read.planTreatment("Encode output", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1),
				Instant.parse("2026-03-01T10:00:00Z"));
		this.risks.save(read);
		Risk again = this.risks.findById(risk.id()).orElseThrow();
		assertThat(again.status()).isEqualTo(RiskStatus.IN_TREATMENT);
		assertThat(again.decidedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
		assertThat(again.version()).isEqualTo(1);
		assertThatThrownBy(() -> this.risks.save(read)).isInstanceOf(StaleVersionException.class);
	}

	@Test
	void storesAnAcceptanceWithItsApprovalsAndFrozenTransitions() {
		ProductId product = product("Shop");
		Risk risk = Risk.register(product, new RiskDescription("Old TLS", null, RiskSource.VULNERABILITY, null), 3, 4,
				RiskFlags.NONE, Set.of(), RiskMatrix.DEFAULT, Instant.parse("2026-03-01T10:00:00Z"));
		this.risks.save(risk);
		Instant now = Instant.parse("2026-03-02T10:00:00Z");
		GuardrailEvaluation evaluation = new GuardrailEvaluation(
				java.util.List.of(new GuardrailReason(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT, "HIGH", "MEDIUM")),
				LocalDate.of(2026, 5, 31), 1);
		UUID person = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, name, email) values (:id, 'Po', :email)")
			.param("id", person)
			.param("email", person + "@example.org")
			.update();
		RiskAcceptance acceptance = RiskAcceptance.request(risk, new PersonId(person), "po", "because", "waf",
				LocalDate.of(2026, 5, 1), evaluation, null, now);
		this.acceptances.save(acceptance);
		RiskAcceptance pending = this.acceptances.findPending(risk.id()).orElseThrow();
		assertThat(pending.reasons())
			.containsExactly(new GuardrailReason(GuardrailRule.LEVEL_ABOVE_AUTONOMY_LIMIT, "HIGH", "MEDIUM"));
		Risk current = this.risks.findById(risk.id()).orElseThrow();
		new RiskAcceptances(current, java.util.List.of(pending)).approve(pending.id(), "manager", "Compensated",
				now.plusSeconds(60));
		this.acceptances.save(pending);
		this.risks.save(current);
		RiskAcceptance active = this.acceptances.findActive(risk.id()).orElseThrow();
		assertThat(active.status()).isEqualTo(AcceptanceStatus.ACTIVE);
		assertThat(active.version()).isEqualTo(1);
		assertThat(active.approvals()).singleElement().satisfies((approval) -> {
			assertThat(approval.approver()).isEqualTo("manager");
			assertThat(approval.comment()).isEqualTo("Compensated");
		});
		assertThat(active.transitions()).hasSize(2);
		assertThat(active.transitions().get(1).risk().level()).isEqualTo(RiskLevel.HIGH);
		assertThat(active.transitions().get(1).risk().status()).isEqualTo(RiskStatus.OPEN);
		assertThat(active.transitions().get(1).comment()).isEqualTo("Compensated");
		assertThat(this.risks.findById(risk.id()).orElseThrow().status()).isEqualTo(RiskStatus.ACCEPTED);
		assertThatThrownBy(() -> this.acceptances.save(pending)).isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> this.jdbc.sql("delete from risk_acceptance_transition where acceptance_id = :id")
			.param("id", active.id().value())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void organizationGuardrailsStartAtTheDefaultsAndProductsKeepTheirOwn() {
		assertThat(this.guardrails.matrix()).isNotNull();
		ProductId product = product("Strict");
		this.guardrails.saveForProduct(product, new ProductGuardrails(RiskLevel.LOW, Map.of(RiskLevel.HIGH, 30)));
		ProductGuardrails read = this.guardrails.forProduct(product);
		assertThat(read.autonomyLimit()).isEqualTo(RiskLevel.LOW);
		assertThat(read.maxDays()).containsExactly(Map.entry(RiskLevel.HIGH, 30));
		Guardrails org = this.guardrails.organization();
		assertThat(org.tightenedBy(read).maxDays(RiskLevel.HIGH)).isEqualTo(30);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aJobLockIsHeldByOneTransactionAtATime() throws Exception {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		String name = "test-lock-" + UUID.randomUUID();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> first = executor.submit(() -> tx.execute((status) -> {
				boolean got = this.lock.tryLock(name);
				held.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return got;
			}));
			assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
			Boolean second = tx.execute((status) -> this.lock.tryLock(name));
			assertThat(second).isFalse();
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
			Boolean afterwards = tx.execute((status) -> this.lock.tryLock(name));
			assertThat(afterwards).as("released at the end of the transaction").isTrue();
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Autowired
	JdbcRiskQuery query;

	/** A product owned by a new development team with this id. */
	private ProductId productOfTeam(UUID team, String name) {
		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", team)
			.param("name", "Team " + team)
			.update();
		ProductId product = product(name);
		this.jdbc.sql("update product set owning_team_id = :team where id = :id")
			.param("team", team)
			.param("id", product.value())
			.update();
		return product;
	}

	@Test
	void theTeamDashboardGetsItsOpenRisksAndExpiringAcceptances() {
		UUID team = UUID.randomUUID();
		ProductId product = productOfTeam(team, "Team product");
		Instant now = Instant.parse("2026-03-01T10:00:00Z");
		Risk open = Risk.register(product, new RiskDescription("Open one", null, RiskSource.AUDIT, null), 4, 4,
				RiskFlags.NONE, Set.of(), RiskMatrix.DEFAULT, now);
		Risk accepted = Risk.register(product, new RiskDescription("Accepted one", null, RiskSource.AUDIT, null), 2, 2,
				RiskFlags.NONE, Set.of(), RiskMatrix.DEFAULT, now);
		this.risks.save(open);
		this.risks.save(accepted);
		RiskAcceptances root = new RiskAcceptances(accepted, java.util.List.of());
		RiskAcceptance acceptance = root.request(null, "po",
				new AcceptanceRequest("why", null, LocalDate.of(2026, 3, 20)), null, Guardrails.DEFAULT, null, now,
				LocalDate.of(2026, 3, 1));
		this.acceptances.save(acceptance);
		this.risks.save(accepted);
		LocalDate today = LocalDate.of(2026, 3, 10);
		assertThat(this.query.openRisks(team, today, 10).content()).extracting((row) -> row.title())
			.containsExactly("Open one");
		assertThat(this.query.expiringAcceptances(team, today, 14, 20).content()).singleElement().satisfies((row) -> {
			assertThat(row.title()).isEqualTo("Accepted one");
			assertThat(row.acceptedUntil()).isEqualTo(LocalDate.of(2026, 3, 20));
		});
		assertThat(this.query.expiringAcceptances(team, today, 5, 20).content()).isEmpty();
	}

	/**
	 * The dashboard's lists are limited in SQL and counted in the same statement: the
	 * first rows in order, the number in all, and the pending request of a row shown.
	 */
	@Test
	void theTeamDashboardsRiskListsAreTheFirstRowsWithTheirTotal() {
		UUID team = UUID.randomUUID();
		ProductId product = productOfTeam(team, "Busy product");
		Instant now = Instant.parse("2026-03-01T10:00:00Z");
		Risk top = null;
		for (int i = 0; i < 25; i++) {
			Risk risk = Risk.register(product, new RiskDescription("Busy " + i, null, RiskSource.AUDIT, null),
					1 + i % 5, 1 + i / 5, RiskFlags.NONE, Set.of(), RiskMatrix.DEFAULT, now.plusSeconds(i));
			this.risks.save(risk);
			top = risk;
		}
		this.jdbc.sql("""
				insert into risk_acceptance (id, risk_id, product_id, requested_by, requested_at, justification,
				  expires_on, status, autonomous, reasons, approvals_needed, version)
				values (:id, :risk, :product, 'po', :at, 'why', date '2026-06-01', 'PENDING', false, '', 1, 0)
				""")
			.param("id", UUID.randomUUID())
			.param("risk", top.id().value())
			.param("product", product.value())
			.param("at", java.sql.Timestamp.from(now))
			.update();

		Page<RiskRow> open = this.query.openRisks(team, LocalDate.of(2026, 3, 10), 20);

		assertThat(open.totalElements()).isEqualTo(25);
		assertThat(open.content()).hasSize(20);
		assertThat(open.content().get(0).title()).isEqualTo("Busy 24");
		assertThat(open.content().get(0).pendingAcceptance()).isTrue();
		assertThat(open.content().subList(1, 20)).noneMatch(RiskRow::pendingAcceptance);
		assertThat(open.content()).extracting(RiskRow::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

}
