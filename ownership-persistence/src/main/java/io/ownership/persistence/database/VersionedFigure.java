package io.ownership.persistence.database;

import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure computed over a whole area of data (every team, every person), kept in memory
 * with the area's version from {@code data_version} and computed again once a change has
 * raised it or the key (the day) differs. Reading the version costs one small statement;
 * the version is read before the figure, so a kept figure is never older than the version
 * it is kept under.
 *
 * @param <K> what else the figure depends on, such as the day
 * @param <V> the figure
 */
public final class VersionedFigure<K, V> {

	private final JdbcClient jdbc;

	private final String area;

	private volatile Kept<K, V> kept;

	public VersionedFigure(JdbcClient jdbc, String area) {
		this.jdbc = jdbc;
		this.area = area;
	}

	public V get(K key, Supplier<V> compute) {
		long version = this.jdbc.sql("select version from data_version where area = :area")
			.param("area", this.area)
			.query(Long.class)
			.single();
		Kept<K, V> current = this.kept;
		if (current != null && current.version() == version && Objects.equals(current.key(), key)) {
			return current.value();
		}
		V value = compute.get();
		this.kept = new Kept<>(version, key, value);
		return value;
	}

	private record Kept<K, V>(long version, K key, V value) {
	}

}
