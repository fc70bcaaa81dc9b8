package io.ownership.web.dashboard;

import java.time.LocalDate;
import java.util.List;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.risk.RiskLevel;
import io.ownership.web.support.charts.BarChart;
import io.ownership.web.support.charts.LineChart;

/**
 * What {@code /dashboard} shows, built once by {@link DashboardPages}.
 *
 * @param rows every KPI with its definition, for the organization and per product kind
 * @param kinds the product kinds of the columns
 * @param today the day counted
 * @param charts the bar charts of today's KPIs
 * @param heatmap the organization's heat map, rows by impact from 5 down
 * @param trends the twelve-month trends, from the snapshots
 * @param quarters this quarter beside the last, from the snapshots
 * @param demoSnapshots whether a trend shows seeded demo values
 */
record DashboardPage(List<KpiRow> rows, List<ProductKind> kinds, LocalDate today, List<BarChart> charts,
		List<List<HeatCell>> heatmap, List<LineChart> trends, BarChart quarters, boolean demoSnapshots) {

	/**
	 * A cell of the heat map: its open risks, coloured by the level of its score in
	 * today's risk matrix and linked to them.
	 */
	record HeatCell(int likelihood, int impact, long count, RiskLevel level, String href) {

		public String css() {
			return "heat-" + this.level;
		}

	}

}
