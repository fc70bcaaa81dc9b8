package io.ownership.web.maturity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.maturity.AssessmentId;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.Csv;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organization's maturity: teams × practices of their latest accepted assessments as
 * a coloured 0-3 matrix with the median and distribution per practice, filters and CSV;
 * two assessments compared answer by answer (the targets and the model versions are
 * {@link MaturityModelController}'s). {@link OrganizationMaturityPages} builds the pages.
 */
@Controller
class OrganizationMaturityController {

	private final MaturityService service;

	private final OrganizationMaturityPages pages;

	private final MessageSource messages;

	OrganizationMaturityController(MaturityService service, OrganizationMaturityPages pages, MessageSource messages) {
		this.service = service;
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * The matrix; a filter that is not one is said next to its field, with status 400.
	 */
	@KeptPage
	@GetMapping("/maturity")
	String matrix(Actor actor, @Valid @ModelAttribute("filter") MaturityFilterForm filter, BindingResult result,
			HttpServletResponse response, Model model) {
		model.addAttribute("page", this.pages.matrix(actor, filter, result));
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "maturity/organization";
	}

	/**
	 * The matrix's teams as CSV; a filter that is not one gets the page with the error
	 * next to its field instead of a file.
	 */
	@GetMapping(value = "/maturity.csv", produces = "text/csv")
	String csv(Actor actor, @Valid @ModelAttribute("filter") MaturityFilterForm filter, BindingResult result,
			Locale locale, HttpServletResponse response, Model model) throws IOException {
		if (result.hasErrors()) {
			return matrix(actor, filter, result, response, model);
		}
		MaturityModel latest = this.service.latestModel();
		List<OrganizationMaturityPages.TeamScores> rows = this.pages.scores(filter.getQ());
		Csv.answer(response, "maturity.csv", (lines) -> {
			List<Object> header = new ArrayList<>();
			header.add(this.messages.getMessage("maturity.csv.team", null, locale));
			header.add(this.messages.getMessage("maturity.csv.period", null, locale));
			latest.practices().forEach((practice) -> header.add(practice.name()));
			header.add(this.messages.getMessage("maturity.overall", null, locale));
			lines.add(header);
			for (OrganizationMaturityPages.TeamScores row : rows) {
				List<Object> line = new ArrayList<>();
				line.add(row.teamName());
				line.add(row.assessment().period().label());
				latest.practices().forEach((practice) -> line.add(format(row.scores().get(practice.code()))));
				line.add(format(row.overall()));
				lines.add(line);
			}
		});
		return null;
	}

	private static String format(Double score) {
		return (score == null) ? "" : String.format(Locale.ROOT, "%.2f", score);
	}

	@GetMapping("/maturity/compare")
	String compare(@RequestParam UUID from, @RequestParam UUID to, Model model) {
		model.addAttribute("page", this.pages.compare(new AssessmentId(from), new AssessmentId(to)));
		return "maturity/compare";
	}

}
