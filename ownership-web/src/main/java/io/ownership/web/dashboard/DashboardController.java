package io.ownership.web.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.Csv;
import io.ownership.web.support.charts.BarChart;
import io.ownership.web.support.charts.LineChart;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /dashboard}: the organization's accountability KPIs, each with its definition
 * and every number linked to the list of the records it counts, per product kind beside
 * them, and the charts, each with its numbers and a CSV download. Everyone signed in
 * reads it: it shows counts of what the linked lists already show them. The page is built
 * by {@link DashboardPages}.
 */
@Controller
class DashboardController {

	private final DashboardPages pages;

	DashboardController(DashboardPages pages) {
		this.pages = pages;
	}

	@KeptPage(areas = "gate-result")
	@GetMapping("/dashboard")
	String dashboard(Model model) {
		model.addAttribute("page", this.pages.dashboard());
		return "dashboard/dashboard";
	}

	@GetMapping(path = "/dashboard/trends/{chart}.csv", produces = "text/csv")
	void trendCsv(@PathVariable String chart, HttpServletResponse response) throws IOException {
		LineChart found = this.pages.trend(chart);
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
		BarChart found = this.pages.chart(chart);
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

}
