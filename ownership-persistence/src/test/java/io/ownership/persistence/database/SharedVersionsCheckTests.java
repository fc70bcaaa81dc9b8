package io.ownership.persistence.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.ownership.core.shared.DataVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Calls of the data versions that hold no connection share a check that began after them;
 * a call holding one checks on its own.
 */
class SharedVersionsCheckTests {

	private final Checks checks = new Checks();

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	@AfterEach
	void letGo() {
		this.checks.release.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void callsWhileACheckRunsWaitForItAndShareTheNextOne() throws Exception {
		Future<DataVersions> first = this.threads.submit(this.checks::now);
		List<Future<DataVersions>> later = threeCallsWhileTheFirstCheckRuns();
		assertThat(first.get(10, TimeUnit.SECONDS).epoch()).isEqualTo(1);
		for (Future<DataVersions> call : later) {
			assertThat(call.get(10, TimeUnit.SECONDS).epoch()).as("the check that began after the call").isEqualTo(2);
		}
		assertThat(this.checks.count.get()).isEqualTo(2);
	}

	@Test
	void aSharedCheckThatFailsFailsTheCallsThatWaitedForIt() throws Exception {
		this.checks.failing = 2;
		Future<DataVersions> first = this.threads.submit(this.checks::now);
		List<Future<DataVersions>> later = threeCallsWhileTheFirstCheckRuns();
		assertThat(first.get(10, TimeUnit.SECONDS).epoch()).isEqualTo(1);
		for (Future<DataVersions> call : later) {
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> call.get(10, TimeUnit.SECONDS))
				.withCauseInstanceOf(CannotGetJdbcConnectionException.class);
		}
		assertThat(this.checks.count.get()).as("one failed check for the three calls").isEqualTo(2);
		assertThat(this.checks.now().epoch()).as("the next call checks again").isEqualTo(3);
	}

	@Test
	void aCallAfterACheckEndedChecksAgain() {
		this.checks.release.countDown();
		assertThat(this.checks.now().epoch()).isEqualTo(1);
		assertThat(this.checks.now().epoch()).isEqualTo(2);
		assertThat(this.checks.count.get()).isEqualTo(2);
	}

	@Test
	void aCallHoldingAConnectionChecksOnItsOwnWhileAnotherCheckRuns() throws Exception {
		Object key = new Object();
		try {
			Future<DataVersions> first = this.threads.submit(this.checks::now);
			assertThat(this.checks.began.await(10, TimeUnit.SECONDS)).isTrue();
			TransactionSynchronizationManager.bindResource(key, "a connection");
			assertThat(this.checks.now().epoch()).isEqualTo(2);
			this.checks.release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS).epoch()).isEqualTo(1);
		}
		finally {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}
	}

	/**
	 * Three calls made while the first check runs, once they all wait; then the first
	 * check is let go on.
	 */
	private List<Future<DataVersions>> threeCallsWhileTheFirstCheckRuns() throws InterruptedException {
		Checks checks = this.checks;
		assertThat(checks.began.await(10, TimeUnit.SECONDS)).isTrue();
		List<Thread> callers = new CopyOnWriteArrayList<>();
		List<Future<DataVersions>> later = new ArrayList<>();
		CountDownLatch started = new CountDownLatch(3);
		for (int i = 0; i < 3; i++) {
			later.add(this.threads.submit(() -> {
				callers.add(Thread.currentThread());
				started.countDown();
				return checks.now();
			}));
		}
		started.await(10, TimeUnit.SECONDS);
		waitUntilWaiting(callers);
		checks.release.countDown();
		return later;
	}

	private static void waitUntilWaiting(List<Thread> callers) throws InterruptedException {
		for (Thread caller : callers) {
			while (caller.getState() != Thread.State.WAITING && caller.getState() != Thread.State.BLOCKED) {
				Thread.sleep(1);
			}
		}
	}

	/**
	 * Checks that answer their own number as the epoch; the first one waits for
	 * {@code release}.
	 */
	private static final class Checks extends JdbcDataVersions {

		final AtomicLong count = new AtomicLong();

		final CountDownLatch began = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		/** The number of the check that fails, as with the database down. */
		volatile long failing;

		Checks() {
			super(null);
		}

		@Override
		DataVersions check() {
			long number = this.count.incrementAndGet();
			this.began.countDown();
			if (number == 1) {
				try {
					this.release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			if (number == this.failing) {
				throw new CannotGetJdbcConnectionException("Database down");
			}
			return new DataVersions(number, Map.of());
		}

	}

}
