package io.ownership.persistence.database;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static io.ownership.persistence.testing.Conditions.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept figure is computed again once a transaction that changed a table of its area has
 * committed, and only then (or when its key differs). Each statement here commits on its
 * own, as the application's requests do.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class VersionedFigureTests {

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aFigureIsKeptUntilATableOfItsAreaChanges() {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "training");
		AtomicInteger computed = new AtomicInteger();

		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(computed).hasValue(1);

		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", UUID.randomUUID())
			.param("name", "Versioned " + UUID.randomUUID())
			.update();
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);

		assertThat(figure.get(2, computed::incrementAndGet)).as("another key").isEqualTo(3);
	}

	@Test
	void eachAreaHasItsOwnTablesAndATransactionIsRecordedOncePerArea() {
		long catalog = changes("catalog");
		long champions = changes("champions");
		long training = changes("training");

		this.jdbc.sql("update asset set name = name where false").update();

		assertThat(changes("catalog")).as("an asset statement is a catalog change").isEqualTo(catalog + 1);
		assertThat(changes("champions")).as("assets do not count for champions").isEqualTo(champions);
		assertThat(changes("training")).as("assets do not count for training").isEqualTo(training);
	}

	@Test
	void aChangeNotYetCommittedIsNotSeenAndOneCommittedAfterTheFigureIs() {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "catalog");
		AtomicInteger computed = new AtomicInteger();
		figure.get(1, computed::incrementAndGet);

		this.jdbc.sql("update person set name = name where false").update();

		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aFigureOverSeveralAreasIsComputedAgainWhenATableOfAnyOfThemChanges() {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "champions", "training");
		AtomicInteger computed = new AtomicInteger();
		figure.get(1, computed::incrementAndGet);

		this.jdbc.sql("update course set title = title where false").update();
		assertThat(figure.get(1, computed::incrementAndGet)).as("a training table").isEqualTo(2);

		this.jdbc.sql("update champion_contribution set position = position where false").update();
		assertThat(figure.get(1, computed::incrementAndGet)).as("a champions table").isEqualTo(3);

		this.jdbc.sql("update asset set name = name where false").update();
		assertThat(figure.get(1, computed::incrementAndGet)).as("a table of neither area").isEqualTo(3);
	}

	@Test
	void aFigureComputedInATransactionThatChangedDataIsNotKeptForItMayBeRolledBack(
			@Autowired PlatformTransactionManager transactions) {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "catalog");
		AtomicInteger computed = new AtomicInteger();
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		rolledBack.executeWithoutResult((status) -> {
			this.jdbc.sql("update person set name = name where false").update();
			figure.get(1, computed::incrementAndGet);
			status.setRollbackOnly();
		});

		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
	}

	/**
	 * Requests that find the figure out of date while one computes it wait for that
	 * computation: the figure is computed once and every one gets it. The computation
	 * goes on only once the others wait for it, or once each has started computing for
	 * itself (as before issue 19's fix).
	 */
	@Test
	void requestsAskingAtOnceWaitForTheOneComputationInFlight() throws Exception {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "training");
		int asking = 4;
		AtomicInteger computed = new AtomicInteger();
		List<CompletableFuture<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < asking; i++) {
			answers.add(ask(figure, () -> {
				int value = computed.incrementAndGet();
				until(() -> figure.waiting() == asking - 1 || computed.get() == asking);
				return value;
			}));
		}

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(1));
		assertThat(computed).as("computed once").hasValue(1);
		assertThat(figure.get(1, computed::incrementAndGet)).as("and kept").isEqualTo(1);
	}

	/**
	 * A change committed while a computation is in flight, outside its snapshot, makes
	 * the next request compute for itself: it never gets a value that misses a change
	 * committed before it asked.
	 */
	@Test
	void aChangeCommittedWhileAComputationIsInFlightMakesTheNextRequestComputeAgain() throws Exception {
		VersionedFigure<Integer, String> figure = new VersionedFigure<>(this.jdbc, "training");
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = ask(figure, () -> {
			started.countDown();
			await(finish);
			return "before the change";
		});
		await(started);
		this.jdbc.sql("update course set title = title where false").update();

		CompletableFuture<String> next = ask(figure, () -> "after the change");
		until(() -> next.isDone() || figure.waiting() == 1);
		finish.countDown();

		assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo("after the change");
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("before the change");
	}

	/**
	 * A computation that fails passes its error on to no one: whoever waited for it
	 * computes for itself, and the failure keeps nothing.
	 */
	@Test
	void whoWaitedForAComputationThatFailedComputesForItself() throws Exception {
		VersionedFigure<Integer, String> figure = new VersionedFigure<>(this.jdbc, "training");
		CountDownLatch started = new CountDownLatch(1);
		AtomicInteger waited = new AtomicInteger();
		CompletableFuture<String> failing = ask(figure, () -> {
			started.countDown();
			until(() -> figure.waiting() == 1);
			waited.set(figure.waiting());
			throw new IllegalStateException("the computation failed");
		});
		await(started);

		CompletableFuture<String> waiting = ask(figure, () -> "computed by the one that waited");

		assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("computed by the one that waited");
		assertThat(waited).as("it had waited").hasValue(1);
		assertThat(failing).failsWithin(30, TimeUnit.SECONDS);
		assertThat(figure.get(1, () -> "computed again")).as("kept from the one that waited")
			.isEqualTo("computed by the one that waited");
	}

	/**
	 * A computation in a transaction with changes of its own may hold changes that are
	 * rolled back: no one waits for it.
	 */
	@Test
	void aComputationInATransactionWithChangesOfItsOwnIsNeverShared(@Autowired PlatformTransactionManager transactions)
			throws Exception {
		VersionedFigure<Integer, String> figure = new VersionedFigure<>(this.jdbc, "training");
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> own = CompletableFuture.supplyAsync(() -> {
			TransactionTemplate rolledBack = new TransactionTemplate(transactions);
			return rolledBack.execute((status) -> {
				status.setRollbackOnly();
				this.jdbc.sql("update course set title = title where false").update();
				return figure.get(1, () -> {
					started.countDown();
					await(finish);
					return "with changes rolled back";
				});
			});
		}, this.threads);
		await(started);

		CompletableFuture<String> other = ask(figure, () -> "committed data only");
		until(() -> other.isDone() || figure.waiting() == 1);
		finish.countDown();

		assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo("committed data only");
		assertThat(own.get(30, TimeUnit.SECONDS)).isEqualTo("with changes rolled back");
	}

	private <V> CompletableFuture<V> ask(VersionedFigure<Integer, V> figure, java.util.function.Supplier<V> compute) {
		return CompletableFuture.supplyAsync(() -> figure.get(1, compute), this.threads);
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("latch not released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private long changes(String area) {
		return this.jdbc.sql("select count(*) from data_change where area = :area")
			.param("area", area)
			.query(Long.class)
			.single();
	}

}
