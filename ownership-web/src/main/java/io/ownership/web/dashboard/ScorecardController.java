package io.ownership.web.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.ownership.core.catalog.TeamKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.TeamKpis;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /dashboard/teams}: every team's KPIs beside the organization's median, filtered
 * by team kind and part of the name, sorted by name or any KPI, in pages, and as CSV with
 * the same filters. The board is counted in a fixed number of statements and the page cut
 * from it.
 */
@Controller
class ScorecardController {

	/** The KPIs of the scorecard's columns. */
	static final List<Kpi> COLUMNS = List.of(Kpi.PRODUCTS_OWNED, Kpi.PRODUCTS_WITH_MATRICES, Kpi.ASSETS_COVERED,
			Kpi.ACCEPTANCES_AUTONOMOUS, Kpi.OPEN_RISKS, Kpi.OPEN_CRITICAL, Kpi.TREATMENTS_OVERDUE,
			Kpi.CHAMPION_COVERAGE, Kpi.TRAINING_DONE);

	private final KpiService kpis;

	ScorecardController(KpiService kpis) {
		this.kpis = kpis;
	}

	@GetMapping("/dashboard/teams")
	String scorecards(@RequestParam(required = false) TeamKind kind,
			@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) Kpi sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Model model) {
		KpiBoard board = this.kpis.board();
		List<TeamKpis> teams = selected(board, kind, text, sort, "desc".equalsIgnoreCase(dir));
		PageRequest request = PageRequest.of(page, size);
		int from = (int) Math.min(request.offset(), teams.size());
		int to = Math.min(from + request.size(), teams.size());
		List<ScorecardRow> rows = teams.subList(from, to)
			.stream()
			.map((team) -> new ScorecardRow(team,
					COLUMNS.stream().map((kpi) -> KpiCell.of(team.kpis().get(kpi), KpiLinks.team(team.id()))).toList()))
			.toList();
		model.addAttribute("teams", new Page<>(rows, request, teams.size()));
		model.addAttribute("columns", COLUMNS);
		model.addAttribute("medians", COLUMNS.stream().map((kpi) -> median(board, kpi)).toList());
		model.addAttribute("organization",
				COLUMNS.stream()
					.map((kpi) -> KpiCell.of(board.organization().get(kpi), KpiLinks.organization()))
					.toList());
		model.addAttribute("kinds", TeamKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("q", text);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
		model.addAttribute("sortLinks",
				COLUMNS.stream()
					.map((kpi) -> UriComponentsBuilder.fromPath("/dashboard/teams")
						.queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
						.queryParamIfPresent("q", java.util.Optional.ofNullable(text).filter((t) -> !t.isBlank()))
						.queryParam("sort", kpi)
						.queryParam("dir", (kpi == sort && !"desc".equalsIgnoreCase(dir)) ? "desc" : "asc")
						.encode()
						.toUriString())
					.toList());
		return "dashboard/teams";
	}

	@GetMapping(path = "/dashboard/teams.csv", produces = "text/csv")
	void csv(@RequestParam(required = false) TeamKind kind, @RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) Kpi sort, @RequestParam(defaultValue = "asc") String dir,
			HttpServletResponse response) throws IOException {
		KpiBoard board = this.kpis.board();
		Csv.answer(response, "teams.csv", (lines) -> {
			List<Object> header = new ArrayList<>(List.of("team", "kind"));
			COLUMNS.forEach((kpi) -> {
				header.add(kpi.name() + " numerator");
				header.add(kpi.name() + " denominator");
				header.add(kpi.name());
			});
			lines.add(header);
			for (TeamKpis team : selected(board, kind, text, sort, "desc".equalsIgnoreCase(dir))) {
				List<Object> line = new ArrayList<>(List.of(team.name(), team.kind()));
				COLUMNS.forEach((kpi) -> {
					line.add(team.kpis().get(kpi).numerator());
					line.add(team.kpis().get(kpi).denominator());
					line.add(team.kpis().get(kpi).figure());
				});
				lines.add(line);
			}
		});
	}

	private static String median(KpiBoard board, Kpi kpi) {
		Double median = board.median(kpi);
		if (median == null) {
			return "–";
		}
		return String.format(Locale.ROOT, (kpi.measure() == Kpi.Measure.SHARE) ? "%.0f %%" : "%.1f", median);
	}

	private static List<TeamKpis> selected(KpiBoard board, TeamKind kind, String text, Kpi sort, boolean descending) {
		String part = (text == null || text.isBlank()) ? null : text.trim().toLowerCase(Locale.ROOT);
		Comparator<TeamKpis> order = Comparator.comparing((TeamKpis team) -> team.name().toLowerCase(Locale.ROOT));
		if (sort != null) {
			Comparator<Double> figures = Comparator.nullsLast(Comparator.naturalOrder());
			Comparator<TeamKpis> byKpi = Comparator.comparing((TeamKpis team) -> team.kpis().get(sort).figure(),
					descending ? Comparator.nullsLast(Comparator.<Double>reverseOrder()) : figures);
			order = byKpi.thenComparing(order);
		}
		else if (descending) {
			order = order.reversed();
		}
		return board.teams()
			.stream()
			.filter((team) -> kind == null || team.kind() == kind)
			.filter((team) -> part == null || team.name().toLowerCase(Locale.ROOT).contains(part))
			.sorted(order)
			.toList();
	}

	/**
	 * A team with its KPI cells, in the order of {@link #COLUMNS}.
	 */
	record ScorecardRow(TeamKpis team, List<KpiCell> cells) {

	}

}
