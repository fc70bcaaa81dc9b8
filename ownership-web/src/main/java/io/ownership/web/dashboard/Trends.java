package io.ownership.web.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiSnapshot;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.dashboard.KpiValue;

/**
 * The KPIs' history read from the daily snapshots: the last snapshot of each of the last
 * twelve months, of this quarter and of the last, and the value thirty days ago for trend
 * arrows. A month without a snapshot has no value (never zero).
 */
public final class Trends {

	private final LocalDate today;

	private final Map<Kpi, TreeMap<LocalDate, KpiSnapshot>> byKpi = new EnumMap<>(Kpi.class);

	private Trends(LocalDate today, List<KpiSnapshot> snapshots) {
		this.today = today;
		snapshots.forEach((snapshot) -> this.byKpi.computeIfAbsent(snapshot.value().kpi(), (kpi) -> new TreeMap<>())
			.put(snapshot.day(), snapshot));
	}

	/**
	 * One statement: the scope's snapshots of the last twelve months and today.
	 */
	public static Trends read(KpiSnapshots snapshots, UUID team, LocalDate today) {
		LocalDate from = YearMonth.from(today).minusMonths(11).atDay(1).minusMonths(3);
		return new Trends(today, snapshots.history(team, from, today));
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			months.add(YearMonth.from(this.today).minusMonths(i));
		}
		return months;
	}

	/**
	 * The last snapshot of the month, or null.
	 */
	KpiSnapshot month(Kpi kpi, YearMonth month) {
		return lastBetween(kpi, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The last snapshot of the quarter that is {@code back} quarters before this one, or
	 * null.
	 */
	KpiSnapshot quarter(Kpi kpi, int back) {
		YearMonth first = YearMonth.from(this.today).minusMonths((this.today.getMonthValue() - 1) % 3 + 3L * back);
		return lastBetween(kpi, first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	/**
	 * The latest snapshot at least {@code days} days old, or null.
	 */
	public KpiSnapshot before(Kpi kpi, int days) {
		TreeMap<LocalDate, KpiSnapshot> values = this.byKpi.get(kpi);
		if (values == null) {
			return null;
		}
		Map.Entry<LocalDate, KpiSnapshot> entry = values.floorEntry(this.today.minusDays(days));
		return (entry == null) ? null : entry.getValue();
	}

	boolean anyDemo() {
		return this.byKpi.values()
			.stream()
			.flatMap((values) -> values.values().stream())
			.anyMatch((snapshot) -> snapshot.source() == KpiSnapshot.Source.DEMO);
	}

	/**
	 * Up, down or flat compared with the value {@code days} ago, or null when there is no
	 * value then or none now.
	 */
	public static Trend trend(KpiValue now, KpiSnapshot then) {
		if (then == null || now.figure() == null || then.value().figure() == null) {
			return null;
		}
		int compared = Long.compare(Math.round(now.figure()), Math.round(then.value().figure()));
		if (compared == 0) {
			return Trend.FLAT;
		}
		boolean better = (compared > 0) == now.kpi().higherIsBetter();
		return (compared > 0) ? (better ? Trend.UP_GOOD : Trend.UP_BAD) : (better ? Trend.DOWN_GOOD : Trend.DOWN_BAD);
	}

	private KpiSnapshot lastBetween(Kpi kpi, LocalDate from, LocalDate until) {
		TreeMap<LocalDate, KpiSnapshot> values = this.byKpi.get(kpi);
		if (values == null) {
			return null;
		}
		Map.Entry<LocalDate, KpiSnapshot> entry = values.floorEntry(until);
		return (entry == null || entry.getKey().isBefore(from)) ? null : entry.getValue();
	}

	/**
	 * Where a KPI went, and whether that is better.
	 */
	public enum Trend {

		UP_GOOD("↑", "text-success"), UP_BAD("↑", "text-danger"), DOWN_GOOD("↓", "text-success"),
		DOWN_BAD("↓", "text-danger"), FLAT("→", "text-body-secondary");

		private final String arrow;

		private final String css;

		Trend(String arrow, String css) {
			this.arrow = arrow;
			this.css = css;
		}

		public String arrow() {
			return this.arrow;
		}

		public String css() {
			return this.css;
		}

	}

}
