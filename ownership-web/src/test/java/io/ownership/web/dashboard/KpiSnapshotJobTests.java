package io.ownership.web.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSnapshot;
import io.ownership.core.dashboard.KpiSnapshotJob;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.risk.JobLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily snapshot job with an injected clock on a day of its own (far in the future,
 * so that no other test's snapshot shares it): run twice a day it leaves one snapshot per
 * scope and KPI holding the last run's values; it does nothing while another transaction
 * holds its lock; the backfill recomputes past days from the acceptance transitions and
 * leaves days that have a snapshot alone.
 */
@SpringBootTest
class KpiSnapshotJobTests {

	@Autowired
	KpiQuery query;

	@Autowired
	TrainingQuery training;

	@Autowired
	KpiSnapshots snapshots;

	@Autowired
	JobLock lock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	LocalDate day;

	KpiSnapshotJob job;

	KpiDataset data;

	@BeforeEach
	void job() {
		this.day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		Clock clock = Clock.fixed(this.day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		this.job = new KpiSnapshotJob(new KpiService(this.query, this.training, clock), this.snapshots, this.lock,
				clock);
		this.data = new KpiDataset(this.jdbc);
	}

	@Test
	void runTwiceADayLeavesOneSnapshotPerKpiWithTheLastRunsValues() {
		int first = inTransaction(this.job::snapshot);
		this.jdbc.update("update product set risk_owner_id = ? where id = ?", this.data.owner, this.data.noRiskOwner);
		int second = inTransaction(this.job::snapshot);

		assertThat(second).isEqualTo(first).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from kpi_snapshot where day = ? and scope = ?", Long.class,
				this.day, this.data.team.toString()))
			.isEqualTo(Kpi.values().length);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from kpi_snapshot where day = ? group by scope, kpi order by 1 desc limit 1",
				Long.class, this.day))
			.isEqualTo(1);
		List<KpiSnapshot> team = this.snapshots.history(this.data.team, this.day, this.day);
		assertThat(team).filteredOn((s) -> s.value().kpi() == Kpi.PRODUCTS_OWNED)
			.singleElement()
			.satisfies((s) -> assertThat(s.value()).isEqualTo(new KpiValue(Kpi.PRODUCTS_OWNED, 2, 3)))
			.satisfies((s) -> assertThat(s.source()).isEqualTo(KpiSnapshot.Source.DAILY));
	}

	@Test
	void doesNothingWhileAnotherInstanceHoldsTheLock() throws InterruptedException {
		AtomicInteger written = new AtomicInteger(-1);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			assertThat(this.lock.tryLock(KpiSnapshotJob.LOCK)).isTrue();
			Thread other = new Thread(() -> written.set(inTransaction(this.job::snapshot)));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		assertThat(written.get()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from kpi_snapshot where day = ?", Long.class, this.day))
			.isZero();
	}

	@Test
	void backfillRecomputesTheAcceptanceKpisOfPastDaysFromTheTransitions() {
		UUID risk = this.jdbc.queryForObject(
				"select id from risk where product_id = ? and status = 'OPEN' and level = 'LOW'", UUID.class,
				this.data.complete);
		UUID acceptance = UUID.randomUUID();
		this.jdbc
			.update("insert into risk_acceptance (id, risk_id, product_id, requested_by, requested_at, justification,"
					+ " expires_on, status, autonomous, approvals_needed) values (?, ?, ?, 'po', ?, 'why', ?,"
					+ " 'ACTIVE', false, 1)", acceptance, risk, this.data.complete, at(10), this.day.plusDays(60));
		transition(acceptance, 0, null, "PENDING", "requested", at(10));
		transition(acceptance, 1, "PENDING", "ACTIVE", "approved", at(5));
		this.snapshots.save(List.of(new KpiSnapshot(this.day.minusDays(2), null,
				new KpiValue(Kpi.ACCEPTANCES_AUTONOMOUS, 7, 9), KpiSnapshot.Source.DAILY)));

		int written = inTransaction(() -> this.job.backfill(12));

		assertThat(written).isPositive();
		// eight days ago: requested two days before, not yet approved
		assertThat(value(this.day.minusDays(8), Kpi.REQUESTS_PENDING))
			.isEqualTo(new KpiValue(Kpi.REQUESTS_PENDING, 2, 1));
		assertThat(value(this.day.minusDays(8), Kpi.ACCEPTANCES_AUTONOMOUS))
			.isEqualTo(new KpiValue(Kpi.ACCEPTANCES_AUTONOMOUS, 0, 0));
		// three days ago: active after an escalation
		assertThat(value(this.day.minusDays(3), Kpi.ACCEPTANCES_AUTONOMOUS))
			.isEqualTo(new KpiValue(Kpi.ACCEPTANCES_AUTONOMOUS, 0, 1));
		// eleven days ago: not requested yet
		assertThat(value(this.day.minusDays(11), Kpi.REQUESTS_PENDING)).isNull();
		// a day with its own snapshot is left alone, and no other KPI is invented
		assertThat(this.snapshots.history(null, this.day.minusDays(2), this.day.minusDays(2)))
			.filteredOn((s) -> s.value().kpi() == Kpi.ACCEPTANCES_AUTONOMOUS)
			.singleElement()
			.satisfies((s) -> assertThat(s.value()).isEqualTo(new KpiValue(Kpi.ACCEPTANCES_AUTONOMOUS, 7, 9)));
		assertThat(this.snapshots.history(this.data.team, this.day.minusDays(12), this.day)
			.stream()
			.map((s) -> s.value().kpi())
			.distinct()).containsExactlyInAnyOrderElementsOf(KpiSnapshotJob.BACKFILLED);
		assertThat(inTransaction(() -> this.job.backfill(12))).isZero();
	}

	@Test
	void backfillRecomputesTheGateKpisOfPastDaysFromTheEvaluations() {
		this.data.evaluation(this.data.gateProduct, "PASS", at(40));
		this.data.evaluation(this.data.gateProduct, "FAIL", at(20));
		this.data.evaluation(this.data.gateProduct, "PASS", at(6));
		this.data.evaluation(this.data.gateProduct, "FAIL", at(3));
		this.snapshots.save(List.of(new KpiSnapshot(this.day.minusDays(4), null, new KpiValue(Kpi.GATE_PASS_RATE, 7, 9),
				KpiSnapshot.Source.DAILY)));

		assertThat(inTransaction(() -> this.job.backfill(12))).isPositive();

		// ten days ago: 30 days hold the failure of 20 days ago (40 days ago is outside);
		// failing since
		assertThat(value(this.data.gateTeam, this.day.minusDays(10), Kpi.GATE_PASS_RATE))
			.isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 0, 1));
		assertThat(value(this.data.gateTeam, this.day.minusDays(10), Kpi.GATE_FAILING).numerator()).isEqualTo(1);
		// five days ago: the pass of six days ago too; passing now
		assertThat(value(this.data.gateTeam, this.day.minusDays(5), Kpi.GATE_PASS_RATE))
			.isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 1, 2));
		assertThat(value(this.data.gateTeam, this.day.minusDays(5), Kpi.GATE_FAILING).numerator()).isZero();
		// yesterday: the failure of three days ago; failing again
		assertThat(value(this.data.gateTeam, this.day.minusDays(1), Kpi.GATE_PASS_RATE))
			.isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 1, 3));
		assertThat(value(this.data.gateTeam, this.day.minusDays(1), Kpi.GATE_FAILING).numerator()).isEqualTo(1);
		// the other team: nothing evaluated in those 30 days, one product failing since
		// (its latest evaluation, long before)
		assertThat(value(this.data.team, this.day.minusDays(1), Kpi.GATE_PASS_RATE))
			.isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 0, 0));
		assertThat(value(this.data.team, this.day.minusDays(1), Kpi.GATE_FAILING).numerator()).isEqualTo(1);
		// a day with the KPI's own snapshot is left alone
		assertThat(this.snapshots.history(null, this.day.minusDays(4), this.day.minusDays(4)))
			.filteredOn((s) -> s.value().kpi() == Kpi.GATE_PASS_RATE)
			.singleElement()
			.satisfies((s) -> assertThat(s.value()).isEqualTo(new KpiValue(Kpi.GATE_PASS_RATE, 7, 9)));
		assertThat(inTransaction(() -> this.job.backfill(12))).isZero();
	}

	private KpiValue value(LocalDate day, Kpi kpi) {
		return value(this.data.team, day, kpi);
	}

	private KpiValue value(UUID team, LocalDate day, Kpi kpi) {
		return this.snapshots.history(team, day, day)
			.stream()
			.filter((s) -> s.value().kpi() == kpi)
			.map(KpiSnapshot::value)
			.findFirst()
			.orElse(null);
	}

	private void transition(UUID acceptance, int position, String from, String to, String action, Timestamp at) {
		this.jdbc.update("insert into risk_acceptance_transition (acceptance_id, position, from_status, to_status,"
				+ " action, actor, occurred_at, risk_title, risk_likelihood, risk_impact, risk_score, risk_level,"
				+ " affects_other_products, involves_customer_data, violates_requirement, risk_status)"
				+ " values (?, ?, ?, ?, ?, 'po', ?, 'KPI risk', 1, 1, 1, 'LOW', false, false, false, 'OPEN')",
				acceptance, position, from, to, action, at);
	}

	private Timestamp at(int daysBefore) {
		return Timestamp.from(this.day.minusDays(daysBefore).atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	private int inTransaction(java.util.function.IntSupplier work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.getAsInt());
	}

}
