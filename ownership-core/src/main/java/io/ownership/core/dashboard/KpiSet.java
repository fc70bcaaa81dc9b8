package io.ownership.core.dashboard;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every KPI's value in one scope (the organization, a team or a product kind). A KPI not
 * counted in the scope is absent; a KPI counted over nothing is zero over zero.
 */
public final class KpiSet {

	private final Map<Kpi, KpiValue> values = new EnumMap<>(Kpi.class);

	public KpiSet(Collection<KpiValue> values) {
		values.forEach((value) -> this.values.put(value.kpi(), value));
	}

	public static KpiSet empty() {
		return new KpiSet(List.of());
	}

	/**
	 * The value, zero over zero when nothing was counted.
	 */
	public KpiValue get(Kpi kpi) {
		return this.values.getOrDefault(kpi, KpiValue.zero(kpi));
	}

	public boolean has(Kpi kpi) {
		return this.values.containsKey(kpi);
	}

	public List<KpiValue> values() {
		return List.copyOf(this.values.values());
	}

	KpiSet with(KpiValue value) {
		this.values.put(value.kpi(), value);
		return this;
	}

	/**
	 * This set and another's values for the KPIs it does not have.
	 */
	public KpiSet merge(KpiSet other) {
		KpiSet merged = new KpiSet(values());
		other.values.forEach((kpi, value) -> merged.values.putIfAbsent(kpi, value));
		return merged;
	}

}
