package io.ownership.persistence.database;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure computed over a whole area of data (every team, every person), kept in memory
 * with the database snapshot it was computed in, and computed again once a transaction
 * that changed the area (a row in {@code data_change}, written by triggers) has committed
 * outside that snapshot, when the key (such as the day) differs, or after an hour.
 * Checking costs one small statement. The snapshot is taken before the figure is
 * computed, so a kept figure holds at least every change the snapshot saw.
 *
 * @param <K> what else the figure depends on, such as the day
 * @param <V> the figure
 */
public final class VersionedFigure<K, V> {

	/** Also bounds how long {@code data_change} must keep its rows (a day). */
	static final Duration MAX_AGE = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final String area;

	private volatile Kept<K, V> kept;

	public VersionedFigure(JdbcClient jdbc, String area) {
		this.jdbc = jdbc;
		this.area = area;
	}

	public V get(K key, Supplier<V> compute) {
		Kept<K, V> current = this.kept;
		if (current != null && Objects.equals(current.key(), key)
				&& System.nanoTime() - current.keptAt() < MAX_AGE.toNanos() && !changedSince(current.snapshot())) {
			return current.value();
		}
		String snapshot = this.jdbc.sql("select cast(pg_current_snapshot() as text)").query(String.class).single();
		V value = compute.get();
		this.kept = new Kept<>(key, snapshot, System.nanoTime(), value);
		return value;
	}

	/**
	 * Whether a transaction that changed the area has committed since the snapshot: a
	 * transaction id below the snapshot's {@code xmin} had ended before it, so only the
	 * ids from there on are looked at.
	 */
	private boolean changedSince(String snapshot) {
		return this.jdbc.sql("""
				select exists (select 1 from data_change
				               where area = :area and xid >= pg_snapshot_xmin(cast(:snapshot as pg_snapshot))
				                 and not pg_visible_in_snapshot(xid, cast(:snapshot as pg_snapshot)))
				""").param("area", this.area).param("snapshot", snapshot).query(Boolean.class).single();
	}

	private record Kept<K, V>(K key, String snapshot, long keptAt, V value) {
	}

}
