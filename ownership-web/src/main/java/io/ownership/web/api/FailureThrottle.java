package io.ownership.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows a client that keeps presenting missing or wrong tokens: after {@code maxFailures}
 * failures within a window, its requests are refused with 429 until the window ends.
 * Counts are kept in memory per client address.
 */
class FailureThrottle {

	private static final int MAX_CLIENTS = 10_000;

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentMap<String, Window> clients = new ConcurrentHashMap<>();

	FailureThrottle(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Seconds the client must wait, or 0 when it may try.
	 */
	long retryAfter(String client) {
		Window current = this.clients.get(client);
		Instant now = this.clock.instant();
		if (current == null || !now.isBefore(current.end()) || current.failures() < this.maxFailures) {
			return 0;
		}
		return Math.max(1, Duration.between(now, current.end()).toSeconds());
	}

	void failed(String client) {
		if (this.clients.size() > MAX_CLIENTS) {
			this.clients.clear();
		}
		Instant now = this.clock.instant();
		this.clients.compute(client, (key, current) -> (current == null || !now.isBefore(current.end()))
				? new Window(1, now.plus(this.window)) : new Window(current.failures() + 1, current.end()));
	}

	private record Window(int failures, Instant end) {

	}

}
