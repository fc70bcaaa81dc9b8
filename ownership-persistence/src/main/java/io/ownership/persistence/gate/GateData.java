package io.ownership.persistence.gate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import io.ownership.persistence.database.VersionedFigure;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the gate reads for each question of a pipeline (its token by hash, the product's
 * facts for an artifact), kept in memory until a transaction that changed one of the
 * tables they are read from commits (area {@code gate}, migration V101, see
 * docs/decisions/0006): while nothing changed, a question costs one small statement per
 * kept value asked for instead of the reads. What is read after a change is kept with the
 * snapshot taken before, so nothing committed since is ever missed. Each repository keeps
 * its own.
 */
class GateData {

	/** Bounds the memory: when this many values are kept, they are all dropped. */
	static final int MAX_VALUES = 10_000;

	private final VersionedFigure<Boolean, ConcurrentMap<Object, Object>> kept;

	GateData(JdbcClient jdbc) {
		this.kept = new VersionedFigure<>(jdbc, "gate");
	}

	/**
	 * The value kept under {@code key}, read when there is none or the gate's data
	 * changed since.
	 * @param key a record naming what is read and its parameters
	 * @param read reads the value (never null)
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> read) {
		ConcurrentMap<Object, Object> values = this.kept.get(Boolean.TRUE, ConcurrentHashMap::new);
		Object value = values.get(key);
		if (value == null) {
			value = read.get();
			if (values.size() >= MAX_VALUES) {
				values.clear();
			}
			values.putIfAbsent(key, value);
		}
		return (T) value;
	}

}
