package io.ownership.core.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Waiting, for a bounded time, for what another request computes (a kept figure, a kept
 * page): whoever waits computes for itself when the wait gives nothing.
 */
public final class BoundedWait {

	private BoundedWait() {
	}

	/**
	 * As {@link #valueWithin(CompletableFuture, Duration)}, counted in {@code waiting}
	 * while it waits (what the tests watch).
	 */
	public static <T> T valueWithin(CompletableFuture<T> value, Duration wait, AtomicInteger waiting) {
		waiting.incrementAndGet();
		try {
			return valueWithin(value, wait);
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	/**
	 * The value, or null if it failed, took longer than the wait or the thread was
	 * interrupted (the interrupt is kept).
	 */
	public static <T> T valueWithin(CompletableFuture<T> value, Duration wait) {
		try {
			return value.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

}
