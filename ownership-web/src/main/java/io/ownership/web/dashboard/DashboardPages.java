package io.ownership.web.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSet;
import io.ownership.core.dashboard.KpiSnapshot;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.core.risk.guardrail.GuardrailService;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.web.support.charts.BarChart;
import io.ownership.web.support.charts.Figure;
import io.ownership.web.support.charts.LineChart;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds {@link DashboardPage} and its charts, the one place that reads the board, the
 * heat map and the snapshots for the dashboard. Today's numbers link to the lists of the
 * records they count; the trends' values are stored snapshots of past days, which no list
 * can show again (a risk's status on a past day is not kept), so they are not linked and
 * the page says so.
 */
@Component
class DashboardPages {

	static final List<Kpi> LEVELS = List.of(Kpi.OPEN_LOW, Kpi.OPEN_MEDIUM, Kpi.OPEN_HIGH, Kpi.OPEN_CRITICAL);

	static final List<Kpi> AGES = List.of(Kpi.OPEN_AGE_0_30, Kpi.OPEN_AGE_31_90, Kpi.OPEN_AGE_91_180,
			Kpi.OPEN_AGE_OVER_180);

	static final List<Kpi> SHARES = List.of(Kpi.ASSETS_COVERED, Kpi.PRODUCTS_OWNED, Kpi.PRODUCTS_WITH_MATRICES,
			Kpi.ACCEPTANCES_AUTONOMOUS, Kpi.TREATMENTS_OVERDUE);

	/** The shares drawn over twelve months and compared by quarter. */
	static final List<Kpi> TREND_SHARES = List.of(Kpi.PRODUCTS_OWNED, Kpi.PRODUCTS_WITH_MATRICES,
			Kpi.ACCEPTANCES_AUTONOMOUS, Kpi.CHAMPION_COVERAGE, Kpi.TRAINING_DONE);

	/** The mean days to a decision, per level, drawn over twelve months. */
	static final List<Kpi> TREND_DAYS = List.of(Kpi.DAYS_TO_DECIDE_LOW, Kpi.DAYS_TO_DECIDE_MEDIUM,
			Kpi.DAYS_TO_DECIDE_HIGH, Kpi.DAYS_TO_DECIDE_CRITICAL);

	/** The counts drawn over twelve months. */
	static final List<Kpi> TREND_COUNTS = List.of(Kpi.OPEN_RISKS, Kpi.OPEN_HIGH, Kpi.OPEN_CRITICAL,
			Kpi.ACCEPTANCES_EXPIRED);

	private final KpiService kpis;

	private final KpiSnapshots snapshots;

	private final KpiQuery kpiQuery;

	private final GuardrailService guardrails;

	private final MessageSource messages;

	DashboardPages(KpiService kpis, KpiSnapshots snapshots, KpiQuery kpiQuery, GuardrailService guardrails,
			MessageSource messages) {
		this.kpis = kpis;
		this.snapshots = snapshots;
		this.kpiQuery = kpiQuery;
		this.guardrails = guardrails;
		this.messages = messages;
	}

	DashboardPage dashboard() {
		KpiBoard board = this.kpis.board();
		LocalDate today = this.kpis.today();
		List<KpiRow> rows = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			List<KpiCell> kinds = new ArrayList<>();
			if (kpi.perKind()) {
				for (ProductKind kind : ProductKind.values()) {
					kinds.add(KpiCell.of(board.kind(kind).get(kpi), KpiLinks.kind(kind)));
				}
			}
			rows.add(new KpiRow(kpi, KpiCell.of(board.organization().get(kpi), KpiLinks.organization()), kinds));
		}
		Trends trends = Trends.read(this.snapshots, null, today);
		return new DashboardPage(rows, List.of(ProductKind.values()), today, List.copyOf(charts(board).values()),
				heatmap(this.kpiQuery.openRiskCells(), this.guardrails.matrix()),
				List.copyOf(trendCharts(trends).values()), quarters(trends), trends.anyDemo());
	}

	/**
	 * A trend chart by id, or null.
	 */
	LineChart trend(String id) {
		return trendCharts(Trends.read(this.snapshots, null, this.kpis.today())).get(id);
	}

	/**
	 * A bar chart by id (today's or the quarters'), or null.
	 */
	BarChart chart(String id) {
		return "quarters".equals(id) ? quarters(Trends.read(this.snapshots, null, this.kpis.today()))
				: charts(this.kpis.board()).get(id);
	}

	private static List<List<DashboardPage.HeatCell>> heatmap(long[][] cells, RiskMatrix matrix) {
		List<List<DashboardPage.HeatCell>> rows = new ArrayList<>();
		for (int impact = 5; impact >= 1; impact--) {
			List<DashboardPage.HeatCell> row = new ArrayList<>();
			for (int likelihood = 1; likelihood <= 5; likelihood++) {
				row.add(new DashboardPage.HeatCell(likelihood, impact, cells[likelihood - 1][impact - 1],
						matrix.levelOf(likelihood * impact), KpiLinks.organization().cell(likelihood, impact)));
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The twelve-month trends of the organization, from the snapshots.
	 */
	private Map<String, LineChart> trendCharts(Trends trends) {
		Map<String, LineChart> charts = new LinkedHashMap<>();
		charts.put("trend-shares", trend("trend-shares", "dashboard.trend.shares", TREND_SHARES, trends, " %", 100));
		charts.put("trend-counts", trend("trend-counts", "dashboard.trend.counts", TREND_COUNTS, trends, null, 0));
		charts.put("trend-days", trend("trend-days", "dashboard.trend.days", TREND_DAYS, trends, " d", 0));
		return charts;
	}

	private LineChart trend(String id, String title, List<Kpi> kpis, Trends trends, String unit, double max) {
		List<YearMonth> months = trends.months();
		LineChart.Builder chart = LineChart.builder(id, text(title), months.stream().map(YearMonth::toString).toList())
			.csv("/dashboard/trends/" + id + ".csv");
		if (unit != null) {
			chart.unit(unit);
		}
		if (max > 0) {
			chart.max(max);
		}
		for (Kpi kpi : kpis) {
			chart.line(text("kpi." + kpi + ".name"),
					months.stream().map((month) -> snapshot(trends.month(kpi, month))).toList());
		}
		return chart.build();
	}

	/**
	 * This quarter (its latest snapshot) beside the last (its last snapshot).
	 */
	private BarChart quarters(Trends trends) {
		BarChart.Builder chart = BarChart
			.builder("quarters", text("dashboard.quarters"), text("dashboard.quarters.last"),
					text("dashboard.quarters.this"))
			.max(100)
			.csv("/dashboard/charts/quarters.csv");
		for (Kpi kpi : TREND_SHARES) {
			chart.row(text("kpi." + kpi + ".name"), null, snapshot(trends.quarter(kpi, 1)),
					snapshot(trends.quarter(kpi, 0)));
		}
		return chart.build();
	}

	/**
	 * A stored snapshot's figure, not linked: no list shows the records of a past day.
	 */
	private static Figure snapshot(KpiSnapshot snapshot) {
		return (snapshot == null) ? Figure.unknown()
				: new Figure(snapshot.value().figure(), KpiCell.text(snapshot.value()), null);
	}

	/**
	 * The dashboard's charts by id, from the board already counted.
	 */
	private Map<String, BarChart> charts(KpiBoard board) {
		Map<String, BarChart> charts = new LinkedHashMap<>();
		charts.put("open-by-level", counts("open-by-level", "dashboard.chart.levels", LEVELS, board));
		charts.put("open-by-age", counts("open-by-age", "dashboard.chart.ages", AGES, board));
		List<String> series = new ArrayList<>();
		series.add(text("dashboard.organization"));
		for (ProductKind kind : ProductKind.values()) {
			series.add(text("productKind." + kind));
		}
		BarChart.Builder shares = BarChart
			.builder("shares-by-kind", text("dashboard.chart.shares"), series.toArray(String[]::new))
			.max(100)
			.csv("/dashboard/charts/shares-by-kind.csv");
		for (Kpi kpi : SHARES) {
			List<Figure> figures = new ArrayList<>();
			figures.add(figure(board.organization().get(kpi), KpiLinks.organization()));
			for (ProductKind kind : ProductKind.values()) {
				figures.add(figure(board.kind(kind).get(kpi), KpiLinks.kind(kind)));
			}
			shares.row(text("kpi." + kpi + ".name"), null, figures.toArray(Figure[]::new));
		}
		charts.put("shares-by-kind", shares.build());
		return charts;
	}

	private BarChart counts(String id, String title, List<Kpi> kpis, KpiBoard board) {
		BarChart.Builder chart = BarChart.builder(id, text(title), text("dashboard.organization"))
			.csv("/dashboard/charts/" + id + ".csv");
		KpiSet organization = board.organization();
		for (Kpi kpi : kpis) {
			chart.row(text("kpi." + kpi + ".name"), null, figure(organization.get(kpi), KpiLinks.organization()));
		}
		return chart.build();
	}

	private static Figure figure(KpiValue value, KpiLinks links) {
		KpiCell cell = KpiCell.of(value, links);
		return new Figure(value.figure(), cell.figure(), cell.figureHref());
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, locale);
	}

}
