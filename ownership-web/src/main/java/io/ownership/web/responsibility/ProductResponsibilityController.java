package io.ownership.web.responsibility;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.responsibility.Resolution;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.web.support.Csv;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /products/{id}/responsibilities}: for every published matrix that applies to the
 * product, who is behind each letter, and the product's gaps. Everyone logged in reads
 * it.
 */
@Controller
class ProductResponsibilityController {

	private final ResponsibilityPages pages;

	private final MessageSource messages;

	ProductResponsibilityController(ResponsibilityPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * The first matrices are rendered with the page, those after them load as they scroll
	 * into view (see {@link ResponsibilityPages#ROWS_WITH_THE_PAGE}).
	 */
	@GetMapping("/products/{id}/responsibilities")
	@KeptPage
	String page(@PathVariable UUID id, @RequestParam(name = "print", required = false) String print,
			@RequestParam(name = "all", defaultValue = "false") boolean all, Model model) {
		model.addAttribute("page", this.pages.page(new ProductId(id), print != null, all));
		return "responsibility/product";
	}

	/**
	 * One matrix of the product's page, as the fragment the page loads when it scrolls
	 * into view.
	 */
	@GetMapping("/products/{id}/responsibilities/use-cases/{useCase}")
	String matrix(@PathVariable UUID id, @PathVariable UUID useCase, Model model) {
		model.addAttribute("matrix", this.pages.matrix(new ProductId(id), new UseCaseId(useCase)));
		return "responsibility/product :: matrix-table";
	}

	@GetMapping("/products/{id}/responsibilities/csv")
	void csv(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
		ProductResponsibility result = this.pages.result(new ProductId(id));
		Csv.answer(response, result.product().name() + " responsibilities.csv", (lines) -> {
			lines.add(text("responsibility.useCase", locale), text("responsibility.version", locale),
					text("matrix.activity", locale), text("responsibility.letter", locale),
					text("responsibility.party", locale), text("responsibility.who", locale));
			for (AppliedMatrix matrix : result.matrices()) {
				for (Activity activity : matrix.version().content().activities()) {
					for (AppliedMatrix.Assignment assignment : matrix.assignments(activity.id())) {
						lines.add(matrix.useCaseName(), matrix.version().number(), activity.name(),
								assignment.raci().letter(), partyName(assignment, locale),
								who(assignment.resolution(), locale));
					}
				}
			}
		});
	}

	private String partyName(AppliedMatrix.Assignment assignment, Locale locale) {
		if (assignment.party().isFixedTeam() && assignment.party().label() == null) {
			return assignment.resolution().names();
		}
		return PartyLabels.label(assignment.party(), java.util.Map.of(), this.messages, locale);
	}

	private String who(Resolution resolution, Locale locale) {
		return switch (resolution.outcome()) {
			case RESOLVED -> resolution.names();
			case NOBODY -> text("responsibility.nobody", locale);
			case NOT_RECORDED -> text("responsibility.championsNotRecorded", locale);
		};
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
