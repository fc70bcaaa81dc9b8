package io.ownership.web.gate;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.ownership.core.gate.GateQuery;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /gate/evaluations}: every product's evaluations, newest first, with the filters
 * product, team, product kind, decision and days (from, to, or the last {@code days} days
 * ending today, as the dashboard's pass rate counts them): the list behind the pass rate,
 * and its CSV. A filter that cannot be read (a product or team that is no id, days out of
 * 1 to 366, a page that is not one) is said on the page, with status 400 and no
 * evaluations; the CSV gets that page too, instead of a file. The list is kept
 * ({@link KeptPage}) until an evaluation, a product or a team changes: it reads the
 * evaluations ({@code gate-result}) and the products' and teams' names ({@code content}).
 */
@Controller
class GateEvaluationsController {

	private final GateQuery query;

	private final GatePages pages;

	private final Clock clock;

	GateEvaluationsController(GateQuery query, GatePages pages, Clock clock) {
		this.query = query;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/gate/evaluations")
	@KeptPage(areas = "gate-result")
	String evaluations(@Valid @ModelAttribute("filter") EvaluationsForm filter, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PageRequest page = filter.pageRequest();
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model
			.addAttribute("page",
					this.pages.evaluations(
							result.hasErrors() ? new Page<>(List.of(), page, 0)
									: this.query.evaluations(filter.toFilter(LocalDate.now(this.clock)), page),
							request));
		return "gate/evaluations";
	}

	/**
	 * The evaluations the filters select, as CSV; a filter that is not one gets the page
	 * with the error next to its field (status 400) instead of a file.
	 */
	@GetMapping(path = "/gate/evaluations.csv", produces = "text/csv")
	String exportEvaluations(@Valid @ModelAttribute("filter") EvaluationsForm filter, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) throws IOException {
		if (result.hasErrors()) {
			return evaluations(filter, result, request, response, model);
		}
		this.pages.csv(
				response, "gate-evaluations.csv", (each) -> this.query
					.exportEvaluations(filter.toFilter(LocalDate.now(this.clock)), GatePages.EXPORT_LIMIT, each),
				locale);
		return null;
	}

}
