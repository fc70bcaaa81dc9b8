package io.ownership.persistence.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
 *
 * @param <K> what else the figure depends on, such as the day
 * @param <V> the figure
 */
public final class VersionedFigure<K, V> {

	/** Also bounds how long {@code data_change} must keep its rows (a day). */
	static final Duration MAX_AGE = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final List<String> areas;

	private volatile Kept<K, V> kept;

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
		Snapshot snapshot = this.jdbc
			.sql("select cast(pg_current_snapshot() as text), pg_current_xact_id_if_assigned() is not null")
			.query((rs, n) -> new Snapshot(rs.getString(1), rs.getBoolean(2)))
			.single();
		V value = compute.get();
		if (!snapshot.ownChanges()) {
			this.kept = new Kept<>(key, snapshot.text(), System.nanoTime(), value);
		}
		return value;
	}

	/**
	 * Whether a transaction that changed one of the areas has committed since the
	 * snapshot: a transaction id below the snapshot's {@code xmin} had ended before it,
	 * so only the ids from there on are looked at.
	 */
	private boolean changedSince(String snapshot) {
		return this.jdbc.sql("""
				select exists (select 1 from data_change
				               where area in (:areas) and xid >= pg_snapshot_xmin(cast(:snapshot as pg_snapshot))
				                 and not pg_visible_in_snapshot(xid, cast(:snapshot as pg_snapshot)))
				""").param("areas", this.areas).param("snapshot", snapshot).query(Boolean.class).single();
	}

	private record Snapshot(String text, boolean ownChanges) {
	}

	private record Kept<K, V>(K key, String snapshot, long keptAt, V value) {
	}

}
