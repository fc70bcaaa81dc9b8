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
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	@GetMapping("/maturity")
	String matrix(Actor actor, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "function", required = false) String function, Model model) {
		model.addAttribute("page", this.pages.matrix(actor, q, function));
		return "maturity/organization";
	}

	@GetMapping(value = "/maturity.csv", produces = "text/csv")
	void csv(@RequestParam(name = "q", required = false) String q, Locale locale, HttpServletResponse response)
			throws IOException {
		MaturityModel latest = this.service.latestModel();
		List<OrganizationMaturityPages.TeamScores> rows = this.pages.scores(q);
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
