package io.ownership.web.gate;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.ownership.core.gate.GateQuery;
import io.ownership.core.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /gate/evaluations}: every product's evaluations, newest first, with the filters
 * product, team, product kind, decision and days (from, to, or the last {@code days} days
 * ending today, as the dashboard's pass rate counts them): the list behind the pass rate,
 * and its CSV. A filter that cannot be read (a product or team that is no id, days out of
 * 1 to 366) gets the 400 page naming it.
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
	String evaluations(@Valid @ModelAttribute("filter") EvaluationsForm filter,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "25") int size, HttpServletRequest request, Model model) {
		model.addAttribute("page",
				this.pages.evaluations(
						this.query.evaluations(filter.toFilter(LocalDate.now(this.clock)), PageRequest.of(page, size)),
						request));
		return "gate/evaluations";
	}

	@GetMapping(path = "/gate/evaluations.csv", produces = "text/csv")
	void exportEvaluations(@Valid @ModelAttribute("filter") EvaluationsForm filter, HttpServletResponse response,
			Locale locale) throws IOException {
		this.pages.csv(response, "gate-evaluations.csv",
				this.query.exportEvaluations(filter.toFilter(LocalDate.now(this.clock)), GatePages.EXPORT_LIMIT),
				locale);
	}

}
