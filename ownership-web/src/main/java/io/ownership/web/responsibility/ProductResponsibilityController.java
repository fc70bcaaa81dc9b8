package io.ownership.web.responsibility;

import java.util.Locale;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.Activity;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.responsibility.Resolution;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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

	@GetMapping("/products/{id}/responsibilities")
	String page(@PathVariable UUID id, @RequestParam(name = "print", required = false) String print, Model model) {
		model.addAttribute("result", this.responsibilities.forProduct(new ProductId(id)));
		model.addAttribute("print", print != null);
		return "responsibility/product";
	}

	@GetMapping("/products/{id}/responsibilities/csv")
	ResponseEntity<String> csv(@PathVariable UUID id, Locale locale) {
		ProductResponsibility result = this.responsibilities.forProduct(new ProductId(id));
		Csv csv = new Csv().row(text("responsibility.useCase", locale), text("responsibility.version", locale),
				text("matrix.activity", locale), text("responsibility.letter", locale),
				text("responsibility.party", locale), text("responsibility.who", locale));
		for (AppliedMatrix matrix : result.matrices()) {
			for (Activity activity : matrix.version().content().activities()) {
				for (AppliedMatrix.Assignment assignment : matrix.assignments(activity.id())) {
					csv.row(matrix.useCaseName(), String.valueOf(matrix.version().number()), activity.name(),
							assignment.raci().letter(), partyName(assignment, locale),
							who(assignment.resolution(), locale));
				}
			}
		}
		return MatrixController.csvResponse(csv, result.product().name() + " responsibilities.csv");
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
