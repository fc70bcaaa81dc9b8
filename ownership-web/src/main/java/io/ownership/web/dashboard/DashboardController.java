package io.ownership.web.dashboard;

import java.io.IOException;
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
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.Csv;
import io.ownership.web.support.charts.BarChart;
import io.ownership.web.support.charts.Figure;
import io.ownership.web.support.charts.LineChart;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /dashboard}: the organization's accountability KPIs, each with its definition
 * and every number linked to the list of the records it counts, per product kind beside
 * them, and the charts, each with its numbers and a CSV download. Everyone signed in
 * reads it: it shows counts of what the linked lists already show them.
 */
@Controller
class DashboardController {

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

	private final MessageSource messages;

	private final KpiQuery kpiQuery;

	private final GuardrailService guardrails;

	DashboardController(KpiService kpis, KpiSnapshots snapshots, MessageSource messages, KpiQuery kpiQuery,
			GuardrailService guardrails) {
		this.kpiQuery = kpiQuery;
		this.guardrails = guardrails;
		this.kpis = kpis;
		this.snapshots = snapshots;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		KpiBoard board = this.kpis.board();
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
		model.addAttribute("rows", rows);
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("today", this.kpis.today());
		model.addAttribute("charts", charts(board).values());
		model.addAttribute("heatmap", heatmap(this.kpiQuery.openRiskCells(), this.guardrails.matrix()));
		Trends trends = Trends.read(this.snapshots, null, this.kpis.today());
		model.addAttribute("trends", trendCharts(trends).values());
		model.addAttribute("quarters", quarters(trends));
		model.addAttribute("demoSnapshots", trends.anyDemo());
		return "dashboard/dashboard";
	}

	@GetMapping(path = "/dashboard/trends/{chart}.csv", produces = "text/csv")
	void trendCsv(@PathVariable String chart, HttpServletResponse response) throws IOException {
		LineChart found = trendCharts(Trends.read(this.snapshots, null, this.kpis.today())).get(chart);
		if (found == null) {
			throw new NotFoundException("chart", chart);
		}
		Csv.answer(response, chart + ".csv", (lines) -> {
			List<Object> header = new ArrayList<>();
			header.add("");
			found.lines().forEach((line) -> header.add(line.name()));
			lines.add(header);
			for (int i = 0; i < found.periods().size(); i++) {
				List<Object> line = new ArrayList<>();
				line.add(found.periods().get(i).label());
				for (LineChart.Line series : found.lines()) {
					line.add(series.points().get(i).figure().value());
				}
				lines.add(line);
			}
		});
	}

	@GetMapping(path = "/dashboard/charts/{chart}.csv", produces = "text/csv")
	void chartCsv(@PathVariable String chart, HttpServletResponse response) throws IOException {
		BarChart found = "quarters".equals(chart) ? quarters(Trends.read(this.snapshots, null, this.kpis.today()))
				: charts(this.kpis.board()).get(chart);
		if (found == null) {
			throw new NotFoundException("chart", chart);
		}
		Csv.answer(response, chart + ".csv", (lines) -> {
			List<Object> header = new ArrayList<>();
			header.add("");
			header.addAll(found.series());
			lines.add(header);
			for (BarChart.Row row : found.rows()) {
				List<Object> line = new ArrayList<>();
				line.add(row.label());
				row.bars().forEach((bar) -> line.add(bar.figure().value()));
				lines.add(line);
			}
		});
	}

	/**
	 * The organization's heat map: rows by impact from 5 down, cells by likelihood, each
	 * coloured by the level of its score in today's risk matrix and linked to its risks.
	 */
	private static List<List<HeatCell>> heatmap(long[][] cells, RiskMatrix matrix) {
		List<List<HeatCell>> rows = new ArrayList<>();
		for (int impact = 5; impact >= 1; impact--) {
			List<HeatCell> row = new ArrayList<>();
			for (int likelihood = 1; likelihood <= 5; likelihood++) {
				row.add(new HeatCell(likelihood, impact, cells[likelihood - 1][impact - 1],
						matrix.levelOf(likelihood * impact), KpiLinks.organization().cell(likelihood, impact)));
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A cell of the heat map.
	 */
	record HeatCell(int likelihood, int impact, long count, RiskLevel level, String href) {

	}

	/**
	 * The twelve-month trends of the organization, from the snapshots.
	 */
	private Map<String, LineChart> trendCharts(Trends trends) {
		List<YearMonth> months = trends.months();
		List<String> labels = months.stream().map(YearMonth::toString).toList();
		Map<String, LineChart> charts = new LinkedHashMap<>();
		LineChart.Builder shares = LineChart.builder("trend-shares", text("dashboard.trend.shares"), labels)
			.max(100)
			.unit(" %")
			.csv("/dashboard/trends/trend-shares.csv");
		for (Kpi kpi : TREND_SHARES) {
			shares.line(text("kpi." + kpi + ".name"), monthly(trends, kpi, months));
		}
		charts.put("trend-shares", shares.build());
		LineChart.Builder counts = LineChart.builder("trend-counts", text("dashboard.trend.counts"), labels)
			.csv("/dashboard/trends/trend-counts.csv");
		for (Kpi kpi : TREND_COUNTS) {
			counts.line(text("kpi." + kpi + ".name"), monthly(trends, kpi, months));
		}
		charts.put("trend-counts", counts.build());
		LineChart.Builder days = LineChart.builder("trend-days", text("dashboard.trend.days"), labels)
			.unit(" d")
			.csv("/dashboard/trends/trend-days.csv");
		for (Kpi kpi : TREND_DAYS) {
			days.line(text("kpi." + kpi + ".name"), monthly(trends, kpi, months));
		}
		charts.put("trend-days", days.build());
		return charts;
	}

	private static List<Figure> monthly(Trends trends, Kpi kpi, List<YearMonth> months) {
		return months.stream().map((month) -> {
			KpiSnapshot snapshot = trends.month(kpi, month);
			return (snapshot == null) ? Figure.unknown()
					: new Figure(snapshot.value().figure(), KpiCell.text(snapshot.value()), null);
		}).toList();
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
			chart.row(text("kpi." + kpi + ".name"), null, quarter(trends.quarter(kpi, 1)),
					quarter(trends.quarter(kpi, 0)));
		}
		return chart.build();
	}

	private static Figure quarter(KpiSnapshot snapshot) {
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
		String[] kinds = new String[ProductKind.values().length];
		for (ProductKind kind : ProductKind.values()) {
			kinds[kind.ordinal()] = text("productKind." + kind);
		}
		List<String> series = new ArrayList<>(List.of(kinds));
		series.add(0, text("dashboard.organization"));
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
