package io.ownership.persistence.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.Artifact;
import io.ownership.core.gate.EvaluationNotRecordedException;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateEvaluation;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.ReasonCode;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recorder's group commit, on PostgreSQL and outside a test transaction (what it
 * writes is committed, as for a request): concurrent evaluations are all recorded, each
 * with the decision before it in the order they were stored; a batch with an evaluation
 * that cannot be stored stores the others; stopping writes what waits.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class GateRecorderTests {

	@Autowired
	GateRecorder recorder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	UUID team;

	List<ProductId> products = new ArrayList<>();

	@BeforeEach
	void team() {
		this.team = UUID.randomUUID();
		this.jdbc.update("insert into team (id, name, kind) values (?, ?, 'DEVELOPMENT')", this.team,
				"Team " + this.team);
	}

	@AfterEach
	void cleanUp() {
		for (ProductId product : this.products) {
			this.jdbc.update("delete from product where id = ?", product.value());
		}
		this.jdbc.update("delete from team where id = ?", this.team);
	}

	@Test
	void concurrentEvaluationsAreAllRecordedEachWithTheDecisionStoredBeforeIt() throws Exception {
		ProductId shop = product("Shop");
		ProductId library = product("Library");
		Map<String, Future<Optional<Decision>>> answers = new HashMap<>();
		ExecutorService pipelines = Executors.newFixedThreadPool(32);
		try {
			for (int i = 0; i < 320; i++) {
				ProductId product = (i % 3 == 0) ? library : shop;
				Decision decision = (i % 5 < 2) ? Decision.FAIL : Decision.PASS;
				String artifact = "app " + i;
				answers.put(artifact,
						pipelines.submit(() -> this.recorder.record(evaluation(product, artifact, decision))));
			}
			for (Future<Optional<Decision>> answer : answers.values()) {
				answer.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pipelines.shutdownNow();
		}
		for (ProductId product : List.of(shop, library)) {
			List<Map<String, Object>> stored = this.jdbc.queryForList(
					"select artifact, decision from gate_evaluation where product_id = ? order by id", product.value());
			assertThat(stored).hasSize((product == library) ? 107 : 213);
			String before = null;
			for (Map<String, Object> row : stored) {
				Optional<Decision> previous = answers.get((String) row.get("artifact")).get();
				assertThat(previous.map(Decision::name).orElse(null)).as("%s", row.get("artifact")).isEqualTo(before);
				before = (String) row.get("decision");
			}
			assertThat(
					this.jdbc.queryForObject(
							"select s.decision = e.decision and s.evaluation_id = (select max(id) from gate_evaluation"
									+ " where product_id = s.product_id) from gate_state s join gate_evaluation e"
									+ " on e.id = s.evaluation_id where s.product_id = ?",
							Boolean.class, product.value()))
				.isTrue();
		}
	}

	@Test
	void anEvaluationThatCannotBeStoredFailsAloneAndTheOthersOfItsBatchAreStored() throws Exception {
		ProductId shop = product("Shop");
		this.recorder.record(evaluation(shop, "app 0", Decision.PASS));
		ProductId gone = new ProductId(UUID.randomUUID());
		ExecutorService pipelines = Executors.newFixedThreadPool(12);
		try (Connection blocker = this.dataSource.getConnection()) {
			// the writer waits for this lock on the shop's state with its first batch;
			// the next eleven wait together for its next one
			lockState(blocker, shop);
			Future<Optional<Decision>> first = pipelines
				.submit(() -> this.recorder.record(evaluation(shop, "app 1", Decision.FAIL)));
			awaitWriterBlocked();
			List<Future<Optional<Decision>>> good = new ArrayList<>();
			for (int i = 2; i < 12; i++) {
				String artifact = "app " + i;
				good.add(pipelines.submit(() -> this.recorder.record(evaluation(shop, artifact, Decision.FAIL))));
			}
			Future<Optional<Decision>> bad = pipelines
				.submit(() -> this.recorder.record(evaluation(gone, "gone 1", Decision.FAIL)));
			awaitWaiting(11);
			blocker.commit();
			assertThat(first.get(30, TimeUnit.SECONDS)).contains(Decision.PASS);
			for (Future<Optional<Decision>> answer : good) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).contains(Decision.FAIL);
			}
			assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS))
				.hasCauseInstanceOf(DataIntegrityViolationException.class);
		}
		finally {
			pipelines.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from gate_evaluation where product_id = ?", Integer.class,
				shop.value()))
			.isEqualTo(12);
		assertThat(this.jdbc.queryForObject("select count(*) from gate_evaluation where product_id = ?", Integer.class,
				gone.value()))
			.isZero();
	}

	@Test
	void aRequestWaitsBoundedAndWhatWasGivenUpWhileWaitingIsNotWritten() throws Exception {
		ProductId shop = product("Shop");
		GateRecorder impatient = new GateRecorder(this.jdbc, this.transactions, Duration.ofMillis(500));
		try (Connection blocker = this.dataSource.getConnection()) {
			impatient.record(evaluation(shop, "app 0", Decision.PASS));
			lockState(blocker, shop);
			ExecutorService pipelines = Executors.newFixedThreadPool(1);
			try {
				Future<Optional<Decision>> taken = pipelines
					.submit(() -> impatient.record(evaluation(shop, "app 1", Decision.PASS)));
				awaitWriterBlocked();
				assertThatThrownBy(() -> impatient.record(evaluation(shop, "app 2", Decision.PASS)))
					.isInstanceOf(EvaluationNotRecordedException.class);
				assertThatThrownBy(() -> taken.get(30, TimeUnit.SECONDS))
					.hasCauseInstanceOf(EvaluationNotRecordedException.class);
			}
			finally {
				pipelines.shutdownNow();
			}
			blocker.commit();
			// the writer had taken app 1 before its request gave up; app 2 still waited
			assertThat(impatient.record(evaluation(shop, "app 3", Decision.PASS))).contains(Decision.PASS);
		}
		finally {
			impatient.destroy();
		}
		assertThat(this.jdbc.queryForList("select artifact from gate_evaluation where product_id = ? order by id",
				String.class, shop.value()))
			.containsExactly("app 0", "app 1", "app 3");
	}

	@Test
	void stoppingWritesWhatWaits() throws Exception {
		ProductId shop = product("Shop");
		GateRecorder stopping = new GateRecorder(this.jdbc, this.transactions, Duration.ofSeconds(30));
		stopping.record(evaluation(shop, "app 0", Decision.PASS));
		ExecutorService pipelines = Executors.newFixedThreadPool(8);
		List<Future<Optional<Decision>>> answers = new ArrayList<>();
		try (Connection blocker = this.dataSource.getConnection()) {
			lockState(blocker, shop);
			answers.add(pipelines.submit(() -> stopping.record(evaluation(shop, "app 1", Decision.PASS))));
			awaitWriterBlocked();
			for (int i = 2; i <= 8; i++) {
				String artifact = "app " + i;
				answers.add(pipelines.submit(() -> stopping.record(evaluation(shop, artifact, Decision.PASS))));
			}
			awaitWaiting(stopping, 7);
			Thread stop = new Thread(() -> {
				try {
					stopping.destroy();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			stop.start();
			blocker.commit();
			stop.join(30_000);
			assertThat(stop.isAlive()).isFalse();
			for (Future<Optional<Decision>> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).contains(Decision.PASS);
			}
		}
		finally {
			pipelines.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from gate_evaluation where product_id = ?", Integer.class,
				shop.value()))
			.isEqualTo(9);
		assertThat(stopping.record(evaluation(shop, "app 9", Decision.FAIL))).contains(Decision.PASS);
	}

	/**
	 * Locks the product's state in a transaction of the connection, until it commits.
	 */
	private static void lockState(Connection connection, ProductId product) throws SQLException {
		connection.setAutoCommit(false);
		try (PreparedStatement lock = connection
			.prepareStatement("select 1 from gate_state where product_id = ? for update")) {
			lock.setObject(1, product.value());
			lock.executeQuery().close();
		}
	}

	private void awaitWaiting(int count) throws InterruptedException {
		awaitWaiting(this.recorder, count);
	}

	/**
	 * Until {@code count} evaluations wait in the recorder's queue (at most 30 s).
	 */
	private static void awaitWaiting(GateRecorder recorder, int count) throws InterruptedException {
		for (int i = 0; i < 3000 && recorder.waiting() != count; i++) {
			Thread.sleep(10);
		}
		assertThat(recorder.waiting()).isEqualTo(count);
	}

	/**
	 * Until the writer's statement waits for the test's lock (at most 30 s).
	 */
	private void awaitWriterBlocked() throws InterruptedException {
		String blocked = "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
				+ " and query like '%insert into gate_state%'";
		for (int i = 0; i < 3000 && this.jdbc.queryForObject(blocked, Integer.class) == 0; i++) {
			Thread.sleep(10);
		}
		assertThat(this.jdbc.queryForObject(blocked, Integer.class)).isEqualTo(1);
	}

	private static GateEvaluation evaluation(ProductId product, String artifact, Decision decision) {
		List<GateReason> reasons = (decision == Decision.FAIL)
				? List.of(new GateReason(ReasonCode.OPEN_RISK, "An open risk", "/risks")) : List.of();
		String[] parts = artifact.split(" ");
		return new GateEvaluation(product, new Artifact(parts[0], parts[1]), "prod",
				new GateDecision(decision, GateMode.ENFORCE, reasons, List.of(), Instant.now(), null), "ci");
	}

	private ProductId product(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("insert into product (id, name, kind, owning_team_id) values (?, ?, 'BUSINESS_SERVICE', ?)",
				id, name + " " + this.team + " " + id, this.team);
		ProductId product = new ProductId(id);
		this.products.add(product);
		return product;
	}

}
