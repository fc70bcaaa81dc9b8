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

	@Test
	void callsWhileACheckRunsWaitForItAndShareTheNextOne() throws Exception {
		Checks checks = new Checks();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<DataVersions> first = threads.submit(checks::now);
			List<Future<DataVersions>> later = threeCallsWhileTheFirstCheckRuns(checks, threads);
			assertThat(first.get(10, TimeUnit.SECONDS).epoch()).isEqualTo(1);
			for (Future<DataVersions> call : later) {
				assertThat(call.get(10, TimeUnit.SECONDS).epoch()).as("the check that began after the call")
					.isEqualTo(2);
			}
			assertThat(checks.count.get()).isEqualTo(2);
		}
		finally {
			checks.release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void aSharedCheckThatFailsFailsTheCallsThatWaitedForIt() throws Exception {
		Checks checks = new Checks();
		checks.failing = 2;
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<DataVersions> first = threads.submit(checks::now);
			List<Future<DataVersions>> later = threeCallsWhileTheFirstCheckRuns(checks, threads);
			assertThat(first.get(10, TimeUnit.SECONDS).epoch()).isEqualTo(1);
			for (Future<DataVersions> call : later) {
				assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> call.get(10, TimeUnit.SECONDS))
					.withCauseInstanceOf(CannotGetJdbcConnectionException.class);
			}
			assertThat(checks.count.get()).as("one failed check for the three calls").isEqualTo(2);
			assertThat(checks.now().epoch()).as("the next call checks again").isEqualTo(3);
		}
		finally {
			checks.release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void aCallAfterACheckEndedChecksAgain() {
		Checks checks = new Checks();
		checks.release.countDown();
		assertThat(checks.now().epoch()).isEqualTo(1);
		assertThat(checks.now().epoch()).isEqualTo(2);
		assertThat(checks.count.get()).isEqualTo(2);
	}

	@Test
	void aCallHoldingAConnectionChecksOnItsOwnWhileAnotherCheckRuns() throws Exception {
		Checks checks = new Checks();
		ExecutorService threads = Executors.newSingleThreadExecutor();
		Object key = new Object();
		try {
			Future<DataVersions> first = threads.submit(checks::now);
			assertThat(checks.began.await(10, TimeUnit.SECONDS)).isTrue();
			TransactionSynchronizationManager.bindResource(key, "a connection");
			assertThat(checks.now().epoch()).isEqualTo(2);
			checks.release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS).epoch()).isEqualTo(1);
		}
		finally {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
			checks.release.countDown();
			threads.shutdownNow();
		}
	}

	/**
	 * Three calls made while the first check runs, once they all wait; then the first
	 * check is let go on.
	 */
	private static List<Future<DataVersions>> threeCallsWhileTheFirstCheckRuns(Checks checks, ExecutorService threads)
			throws InterruptedException {
		assertThat(checks.began.await(10, TimeUnit.SECONDS)).isTrue();
		List<Thread> callers = new CopyOnWriteArrayList<>();
		List<Future<DataVersions>> later = new ArrayList<>();
		CountDownLatch started = new CountDownLatch(3);
		for (int i = 0; i < 3; i++) {
			later.add(threads.submit(() -> {
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
