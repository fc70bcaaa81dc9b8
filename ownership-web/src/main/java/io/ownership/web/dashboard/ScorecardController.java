package io.ownership.web.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.ownership.core.catalog.TeamKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiBoard;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.TeamKpis;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.Csv;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /dashboard/teams}: every team's KPIs beside the organization's median, filtered
 * by team kind and part of the name, sorted by name or any KPI, in pages, and as CSV with
 * the same filters ({@link ScorecardFilterForm}; a bad value is told next to its field,
 * and gets the 400 page on the CSV). The board is counted in a fixed number of statements
 * and the page cut from it.
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

	@KeptPage(areas = "gate-result")
	@GetMapping("/dashboard/teams")
	String scorecards(@Valid @ModelAttribute("scorecardFilter") ScorecardFilterForm filter, BindingResult result,
			Model model) {
		KpiBoard board = this.kpis.board();
		List<TeamKpis> teams = result.hasErrors() ? List.of() : selected(board, filter);
		PageRequest request = filter.pageRequest();
		int from = (int) Math.min(request.offset(), teams.size());
		int to = Math.min(from + request.size(), teams.size());
		List<ScorecardRow> rows = teams.subList(from, to)
			.stream()
			.map((team) -> new ScorecardRow(team,
					COLUMNS.stream().map((kpi) -> KpiCell.of(team.kpis().get(kpi), KpiLinks.team(team.id()))).toList()))
			.toList();
		model.addAttribute("page",
				new ScorecardPage(new Page<>(rows, request, teams.size()), COLUMNS,
						COLUMNS.stream().map((kpi) -> median(board, kpi)).toList(),
						COLUMNS.stream()
							.map((kpi) -> KpiCell.of(board.organization().get(kpi), KpiLinks.organization()))
							.toList(),
						List.of(TeamKind.values()), COLUMNS.stream().map((kpi) -> sortLink(filter, kpi)).toList(),
						link("/dashboard/teams.csv", filter, filter.getSort(), filter.getDir())));
		return "dashboard/teams";
	}

	@GetMapping(path = "/dashboard/teams.csv", produces = "text/csv")
	String csv(@Valid @ModelAttribute("scorecardFilter") ScorecardFilterForm filter, BindingResult result, Model model,
			HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return scorecards(filter, result, model);
		}
		KpiBoard board = this.kpis.board();
		Csv.answer(response, "teams.csv", (lines) -> {
			List<Object> header = new ArrayList<>(List.of("team", "kind"));
			COLUMNS.forEach((kpi) -> {
				header.add(kpi.name() + " numerator");
				header.add(kpi.name() + " denominator");
				header.add(kpi.name());
			});
			lines.add(header);
			for (TeamKpis team : selected(board, filter)) {
				List<Object> line = new ArrayList<>(List.of(team.name(), team.kind()));
				COLUMNS.forEach((kpi) -> {
					line.add(team.kpis().get(kpi).numerator());
					line.add(team.kpis().get(kpi).denominator());
					line.add(team.kpis().get(kpi).figure());
				});
				lines.add(line);
			}
		});
		return null;
	}

	private static String sortLink(ScorecardFilterForm filter, Kpi kpi) {
		return link("/dashboard/teams", filter, kpi,
				(kpi == filter.getSort() && !filter.descending()) ? "desc" : "asc");
	}

	private static String link(String path, ScorecardFilterForm filter, Kpi sort, String dir) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("kind", Optional.ofNullable(filter.getKind()))
			.queryParamIfPresent("q", Optional.ofNullable(filter.getQ()).filter((t) -> !t.isBlank()))
			.queryParamIfPresent("sort", Optional.ofNullable(sort))
			.queryParam("dir", "desc".equals(dir) ? "desc" : "asc")
			.encode()
			.toUriString();
	}

	private static String median(KpiBoard board, Kpi kpi) {
		Double median = board.median(kpi);
		if (median == null) {
			return "–";
		}
		return String.format(Locale.ROOT, (kpi.measure() == Kpi.Measure.SHARE) ? "%.0f %%" : "%.1f", median);
	}

	private static List<TeamKpis> selected(KpiBoard board, ScorecardFilterForm filter) {
		String part = filter.part();
		Kpi sort = filter.getSort();
		Comparator<TeamKpis> order = Comparator.comparing((TeamKpis team) -> team.name().toLowerCase(Locale.ROOT));
		if (sort != null) {
			Comparator<TeamKpis> byKpi = Comparator.comparing((TeamKpis team) -> team.kpis().get(sort).figure(),
					filter.descending() ? Comparator.nullsLast(Comparator.<Double>reverseOrder())
							: Comparator.nullsLast(Comparator.<Double>naturalOrder()));
			order = byKpi.thenComparing(order);
		}
		else if (filter.descending()) {
			order = order.reversed();
		}
		return board.teams()
			.stream()
			.filter((team) -> filter.getKind() == null || team.kind() == filter.getKind())
			.filter((team) -> part == null || team.name().toLowerCase(Locale.ROOT).contains(part))
			.sorted(order)
			.toList();
	}

	/**
	 * What {@code /dashboard/teams} shows.
	 *
	 * @param teams the page of teams, each with its KPI cells
	 * @param medians the median of the teams per column, as shown
	 * @param organization the organization's cell per column
	 * @param sortLinks per column, the link sorting by it (the other way when it is the
	 * order)
	 * @param csvHref the CSV of the same teams
	 */
	record ScorecardPage(Page<ScorecardRow> teams, List<Kpi> columns, List<String> medians, List<KpiCell> organization,
			List<TeamKind> kinds, List<String> sortLinks, String csvHref) {

	}

	/**
	 * A team with its KPI cells, in the order of {@link #COLUMNS}.
	 */
	record ScorecardRow(TeamKpis team, List<KpiCell> cells) {

	}

}
