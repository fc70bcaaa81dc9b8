package io.ownership.persistence.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.ownership.core.shared.BoundedWait;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure computed over a whole area of data (every team, every person), kept in memory
 * with the database snapshot it was computed in, and computed again once a transaction
 * that changed the area (a row in {@code data_change}, written by triggers) has committed
 * outside that snapshot, when the key (such as the day) differs, or after an hour. A
 * figure that reads the tables of several areas names them all. Checking costs one small
 * statement. The snapshot is taken before the figure is computed, so a kept figure holds
 * at least every change the snapshot saw. A figure computed in a transaction that has
 * changed data itself is not kept: it may hold changes that are rolled back.
 * <p>
 * One computation per key at a time: a request that finds the kept figure out of date
 * while another computes it, in a snapshot outside which no change of the area has
 * committed (the same check the kept figure gets, so the value holds every change
 * committed before this request's check), waits for that value instead of computing it
 * too (issue 19, 2026-12-06: eight requests computed the organization's KPIs at once,
 * each holding a connection, and the pool ran dry). A computation in a transaction with
 * changes of its own is never waited for; one that fails passes no error on: whoever
 * waited computes for itself; and no one waits longer than {@link #WAIT}.
 *
 * @param <K> what else the figure depends on, such as the day
 * @param <V> the figure
 */
public final class VersionedFigure<K, V> {

	/** Also bounds how long {@code data_change} must keep its rows (a day). */
	static final Duration MAX_AGE = Duration.ofHours(1);

	/** The longest a request waits for another's computation before computing itself. */
	static final Duration WAIT = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final List<String> areas;

	private volatile Kept<K, V> kept;

	/** The computations in flight that others may wait for, by key. */
	private final Map<Optional<K>, Flight<V>> flights = new ConcurrentHashMap<>();

	public VersionedFigure(JdbcClient jdbc, String area, String... moreAreas) {
		this.jdbc = jdbc;
		List<String> areas = new ArrayList<>(List.of(area));
		areas.addAll(List.of(moreAreas));
		this.areas = List.copyOf(areas);
	}

	public V get(K key, Supplier<V> compute) {
		Kept<K, V> current = this.kept;
		if (current != null && Objects.equals(current.key(), key)
				&& System.nanoTime() - current.keptAt() < MAX_AGE.toNanos() && !changedSince(current.snapshot())) {
			return current.value();
		}
		Optional<K> slot = Optional.ofNullable(key);
		Flight<V> other = this.flights.get(slot);
		Computed<V> computed = (other != null) ? waitFor(other) : null;
		if (computed != null) {
			return computed.value();
		}
		Snapshot snapshot = this.jdbc
			.sql("select cast(pg_current_snapshot() as text), pg_current_xact_id_if_assigned() is not null")
			.query((rs, n) -> new Snapshot(rs.getString(1), rs.getBoolean(2)))
			.single();
		if (snapshot.ownChanges()) {
			return compute.get();
		}
		Flight<V> flight = new Flight<>(snapshot.text(), Thread.currentThread(), new CompletableFuture<>(),
				new AtomicInteger());
		other = this.flights.putIfAbsent(slot, flight);
		if (other != null) {
			computed = waitFor(other);
			if (computed != null) {
				return computed.value();
			}
			this.flights.put(slot, flight);
		}
		try {
			V value = compute.get();
			this.kept = new Kept<>(key, snapshot.text(), System.nanoTime(), value);
			flight.value().complete(new Computed<>(value));
			return value;
		}
		finally {
			flight.value().complete(null);
			this.flights.remove(slot, flight);
		}
	}

	/**
	 * Another's computation's value, if it may be used (no change of the areas committed
	 * outside its snapshot, and not this thread's own) and it succeeds within the wait;
	 * otherwise null.
	 */
	private Computed<V> waitFor(Flight<V> other) {
		if (other.thread() == Thread.currentThread() || changedSince(other.snapshot())) {
			return null;
		}
		return other.await();
	}

	/** How many requests wait for another's computation now. */
	int waiting() {
		return this.flights.values().stream().mapToInt((flight) -> flight.waiting().get()).sum();
	}

	/**
	 * Whether a transaction that changed one of the areas has committed since the
	 * snapshot: a transaction id below the snapshot's {@code xmin} had ended before it,
	 * so only the ids from there on are looked at. The snapshot is a materialized row, as
	 * in the data versions' check, so that PostgreSQL keeps one plan for the statement
	 * instead of planning it again for every snapshot.
	 */
	private boolean changedSince(String snapshot) {
		return this.jdbc.sql("""
				with seen as materialized (select cast(:snapshot as pg_snapshot) as snapshot)
				select exists (select 1 from data_change, seen
				               where area in (:areas) and xid >= pg_snapshot_xmin(seen.snapshot)
				                 and not pg_visible_in_snapshot(xid, seen.snapshot))
				""").param("areas", this.areas).param("snapshot", snapshot).query(Boolean.class).single();
	}

	private record Snapshot(String text, boolean ownChanges) {
	}

	private record Kept<K, V>(K key, String snapshot, long keptAt, V value) {
	}

	/** A computation's value (which may be null). */
	private record Computed<V>(V value) {
	}

	/**
	 * A computation in flight: its snapshot, its thread (which never waits for itself),
	 * its value (empty if it failed) and how many wait for it.
	 */
	private record Flight<V>(String snapshot, Thread thread, CompletableFuture<Computed<V>> value,
			AtomicInteger waiting) {

		/** The value, or null if the computation failed or took longer than the wait. */
		Computed<V> await() {
			return BoundedWait.valueWithin(this.value, WAIT, this.waiting);
		}

	}

}
