package io.ownership.persistence.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * For tests of what concurrent requests do: waiting until another thread has reached a
 * point (such as waiting for a computation in flight).
 */
public final class Conditions {

	private Conditions() {
	}

	/**
	 * Waits until the condition holds; the bound is only there so that a regression fails
	 * instead of hanging.
	 */
	public static void until(BooleanSupplier condition) {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new IllegalStateException("condition not reached");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
