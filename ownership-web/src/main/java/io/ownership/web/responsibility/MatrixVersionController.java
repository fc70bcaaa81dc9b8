package io.ownership.web.responsibility;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.MatrixContent;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /matrices/{id}/versions/{number}}: a published version (on screen, for print, as
 * CSV) and its differences from another.
 */
@Controller
@RequestMapping("/matrices/{id}/versions/{number}")
class MatrixVersionController {

	private final MatrixPages pages;

	private final MessageSource messages;

	MatrixVersionController(MatrixPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping
	String version(@PathVariable UUID id, @PathVariable int number,
			@RequestParam(name = "print", required = false) String print, Model model, Locale locale) {
		model.addAttribute("page", this.pages.version(new UseCaseId(id), number, print != null, locale));
		return "responsibility/version";
	}

	@GetMapping("/diff")
	String diff(@PathVariable UUID id, @PathVariable int number,
			@RequestParam(name = "against", required = false) Integer against, Model model, Locale locale) {
		model.addAttribute("page", this.pages.diff(new UseCaseId(id), number, against, locale));
		return "responsibility/diff";
	}

	@GetMapping("/csv")
	void csv(@PathVariable UUID id, @PathVariable int number, Locale locale, HttpServletResponse response)
			throws IOException {
		MatrixPages.VersionPage page = this.pages.version(new UseCaseId(id), number, false, locale);
		Csv.answer(response, page.useCase().name() + " v" + number + ".csv",
				(lines) -> rows(page, locale).forEach(lines::add));
	}

	/**
	 * The header (the activity, then each party's label), then a row of letters per
	 * activity.
	 */
	private List<List<String>> rows(MatrixPages.VersionPage page, Locale locale) {
		MatrixContent content = page.version().content();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add(this.messages.getMessage("matrix.activity", null, locale));
		content.parties().forEach((party) -> header.add(page.labels().of(party)));
		rows.add(header);
		for (Activity activity : content.activities()) {
			List<String> row = new ArrayList<>();
			row.add(activity.name());
			for (Party party : content.parties()) {
				Raci raci = content.letter(activity.id(), party.id());
				row.add((raci != null) ? raci.letter() : "");
			}
			rows.add(row);
		}
		return rows;
	}

}
