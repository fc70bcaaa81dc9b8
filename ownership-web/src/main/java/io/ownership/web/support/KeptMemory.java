package io.ownership.web.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A small map kept in memory with a bound on the total weight of its values (such as the
 * characters of kept pages): the least recently used entries go first.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class KeptMemory<K, V> {

	private final long maxWeight;

	private final ToLongFunction<V> weigher;

	private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);

	private long weight;

	public KeptMemory(long maxWeight, ToLongFunction<V> weigher) {
		this.maxWeight = maxWeight;
		this.weigher = weigher;
	}

	public synchronized V get(K key) {
		return this.entries.get(key);
	}

	/**
	 * The value kept for the key, or the one computed and kept now (computed outside the
	 * lock: two requests may compute it at once, the last one stays).
	 * @param key the key
	 * @param compute computes the value of a key not kept
	 * @return the value
	 */
	public V get(K key, Function<? super K, ? extends V> compute) {
		V value = get(key);
		if (value == null) {
			value = compute.apply(key);
			put(key, value);
		}
		return value;
	}

	public synchronized void put(K key, V value) {
		long added = this.weigher.applyAsLong(value);
		if (added > this.maxWeight) {
			return;
		}
		V replaced = this.entries.put(key, value);
		this.weight += added - ((replaced != null) ? this.weigher.applyAsLong(replaced) : 0);
		var oldest = this.entries.entrySet().iterator();
		while (this.weight > this.maxWeight && oldest.hasNext()) {
			Map.Entry<K, V> entry = oldest.next();
			this.weight -= this.weigher.applyAsLong(entry.getValue());
			oldest.remove();
		}
	}

	public synchronized int size() {
		return this.entries.size();
	}

}
