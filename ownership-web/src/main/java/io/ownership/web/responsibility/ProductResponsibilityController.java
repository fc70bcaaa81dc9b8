package io.ownership.web.responsibility;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.responsibility.Resolution;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.NotFoundException;
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

	private final ProductResponsibilities responsibilities;

	private final MessageSource messages;

	ProductResponsibilityController(ProductResponsibilities responsibilities, MessageSource messages) {
		this.responsibilities = responsibilities;
		this.messages = messages;
	}

	/**
	 * Rows rendered with the page; the matrices after them load as they scroll into view
	 * (all of them with {@code ?all=true} or when printing). A product under a dozen use
	 * cases of twenty activities would otherwise render hundreds of rows on every visit.
	 */
	static final int ROWS_WITH_THE_PAGE = 50;

	@GetMapping("/products/{id}/responsibilities")
	@KeptPage
	String page(@PathVariable UUID id, @RequestParam(name = "print", required = false) String print,
			@RequestParam(name = "all", defaultValue = "false") boolean all, Model model) {
		ProductResponsibility result = this.responsibilities.forProduct(new ProductId(id));
		model.addAttribute("result", result);
		model.addAttribute("print", print != null);
		model.addAttribute("withThePage", withThePage(result, print != null || all));
		return "responsibility/product";
	}

	/**
	 * One matrix of the product's page, as the fragment the page loads when it scrolls
	 * into view.
	 */
	@GetMapping("/products/{id}/responsibilities/use-cases/{useCase}")
	String matrix(@PathVariable UUID id, @PathVariable UUID useCase, Model model) {
		ProductResponsibility result = this.responsibilities.forProduct(new ProductId(id));
		AppliedMatrix matrix = result.matrices()
			.stream()
			.filter((applied) -> applied.useCase().value().equals(useCase))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Use case applied to the product", useCase));
		model.addAttribute("matrix", matrix);
		return "responsibility/product :: matrix-table";
	}

	private static Set<UseCaseId> withThePage(ProductResponsibility result, boolean all) {
		Set<UseCaseId> shown = new HashSet<>();
		int rows = 0;
		for (AppliedMatrix matrix : result.matrices()) {
			if (!all && !shown.isEmpty()
					&& rows + matrix.version().content().activities().size() > ROWS_WITH_THE_PAGE) {
				break;
			}
			shown.add(matrix.useCase());
			rows += matrix.version().content().activities().size();
		}
		return shown;
	}

	@GetMapping("/products/{id}/responsibilities/csv")
	void csv(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
		ProductResponsibility result = this.responsibilities.forProduct(new ProductId(id));
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
