package io.ownership.persistence.gate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import io.ownership.core.shared.DataVersions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

/**
 * What the gate reads for each question of a pipeline (its token by hash, the product's
 * facts for an artifact), kept in memory while the version of the area {@code gate}
 * (migration V101, see docs/decisions/0006) stays the same: a transaction that changed
 * one of the tables they are read from makes the next check move it. The version is the
 * request's ({@link DataVersions.Current}): the token and the facts of one question cost
 * one small statement in all, taken before either is read, so what is read after a change
 * is kept with the version before it and read again at the next check. Outside a request
 * (and where no request's versions are known) each question checks on its own.
 */
@Repository
class GateData {

	static final String AREA = "gate";

	/** Bounds the memory: when this many values are kept, they are all dropped. */
	static final int MAX_VALUES = 10_000;

	private final Supplier<DataVersions> versions;

	private final Object lock = new Object();

	private volatile Kept kept = new Kept(-1, -1, new ConcurrentHashMap<>());

	GateData(DataVersions.Check check, ObjectProvider<DataVersions.Current> request) {
		DataVersions.Current current = request.getIfAvailable();
		this.versions = (current != null) ? current::current : check::now;
	}

	/**
	 * The value kept under {@code key}, read when there is none or the gate's data
	 * changed since.
	 * @param key a record naming what is read and its parameters
	 * @param read reads the value (never null)
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> read) {
		DataVersions now = this.versions.get();
		long epoch = now.epoch();
		long counter = now.counters().getOrDefault(AREA, 0L);
		Kept current = this.kept;
		if (current.epoch() != epoch || current.counter() != counter) {
			synchronized (this.lock) {
				current = this.kept;
				if (epoch > current.epoch() || (epoch == current.epoch() && counter > current.counter())) {
					current = new Kept(epoch, counter, new ConcurrentHashMap<>());
					this.kept = current;
				}
				else if (current.epoch() != epoch || current.counter() != counter) {
					// a request that checked before the kept values were: read, keep
					// nothing
					return read.get();
				}
			}
		}
		ConcurrentMap<Object, Object> values = current.values();
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

	/**
	 * The values read at one version of the area.
	 */
	private record Kept(long epoch, long counter, ConcurrentMap<Object, Object> values) {
	}

}
