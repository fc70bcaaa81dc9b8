package io.ownership.web.responsibility;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.web.support.Csv;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
	ResponseEntity<String> csv(@PathVariable UUID id, @PathVariable int number, Locale locale) {
		MatrixPages.VersionPage page = this.pages.version(new UseCaseId(id), number, false, locale);
		List<String> header = new ArrayList<>();
		header.add(this.messages.getMessage("matrix.activity", null, locale));
		page.version().content().parties().forEach((party) -> header.add(page.labels().of(party)));
		StringBuilder csv = new StringBuilder(Csv.line(header.toArray()));
		for (Activity activity : page.version().content().activities()) {
			List<String> row = new ArrayList<>();
			row.add(activity.name());
			for (Party party : page.version().content().parties()) {
				Raci raci = page.version().content().letter(activity.id(), party.id());
				row.add((raci != null) ? raci.letter() : "");
			}
			csv.append(Csv.line(row.toArray()));
		}
		return csvResponse(csv, page.useCase().name() + " v" + number + ".csv");
	}

	static ResponseEntity<String> csvResponse(CharSequence csv, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(csv.toString());
	}

}
