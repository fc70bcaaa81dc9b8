package io.ownership.web.gate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.EffectivePolicy;
import io.ownership.core.gate.Enforcement;
import io.ownership.core.gate.GateCondition;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateQuery.CheckRunRow;
import io.ownership.core.gate.GateQuery.EvaluationRow;
import io.ownership.core.gate.GateQuery.ProductEvaluation;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Page;
import io.ownership.web.support.Csv;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the gate's pages ({@link ProductPage}, {@link EvaluationsPage}) and the CSV of
 * their histories: the one place that turns evaluations into what a person reads.
 */
@Component
class GatePages {

	/** The most rows a CSV holds. */
	static final int EXPORT_LIMIT = 10_000;

	private final GateService service;

	private final GateQuery query;

	private final MessageSource messages;

	GatePages(GateService service, GateQuery query, MessageSource messages) {
		this.service = service;
		this.query = query;
		this.messages = messages;
	}

	/**
	 * The choices of the policy forms (the organization's and a product's).
	 */
	record PolicyChoices(RiskLevel[] levels, GateMode[] modes, GateCondition[] conditionNames,
			Enforcement[] enforcements, CheckKind[] checkKinds, ProductKind[] productKinds) {

		static final PolicyChoices ALL = new PolicyChoices(RiskLevel.values(), GateMode.values(),
				GateCondition.values(), Enforcement.values(), CheckKind.values(), ProductKind.values());

	}

	/**
	 * A product's gate: its state now, its check runs, its filtered evaluation history
	 * and the policy in force; the product's policy form is the model attribute
	 * {@code form}, the history's filter {@code filter}.
	 */
	record ProductPage(Product product, EvaluationRow current, List<CheckRunRow> runs, Page<EvaluationLine> history,
			EffectivePolicy effective, String exportLink, boolean mayEdit, boolean mayRegister, Decision[] decisions,
			PolicyChoices choices) {

	}

	/**
	 * Every product's evaluations, filtered (the model attribute {@code filter}).
	 *
	 * @param total how many, or "more than ..." past what was counted
	 * @param more whether there are more than counted: the pagination then offers the
	 * next page without a page count
	 */
	record EvaluationsPage(Page<EvaluationLine> evaluations, String total, boolean more, Decision[] decisions,
			ProductKind[] productKinds, String exportLink) {

	}

	ProductPage product(Product product, HistoryForm filter, HttpServletRequest request, boolean mayEdit,
			boolean mayRegister) {
		Locale locale = LocaleContextHolder.getLocale();
		return new ProductPage(product, this.query.current(product.id()).orElse(null),
				this.query.runs(product.id(), 20),
				this.query.history(product.id(), filter.toFilter(), filter.pageRequest())
					.map((row) -> EvaluationLine.of(product.id().value(), product.name(), row, this.messages, locale)),
				this.service.organizationPolicy().tightenedBy(product.kind(), this.service.productPolicy(product.id())),
				exportLink("/products/" + product.id() + "/gate.csv", request), mayEdit, mayRegister, Decision.values(),
				PolicyChoices.ALL);
	}

	EvaluationsPage evaluations(Page<ProductEvaluation> found, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		long counted = found.request().offset() + GateQuery.COUNTED_AHEAD;
		boolean more = found.totalElements() > counted;
		String total = more ? this.messages.getMessage("gate.evaluations.moreThan", new Object[] { counted }, locale)
				: this.messages.getMessage("gate.evaluations.total", new Object[] { found.totalElements() }, locale);
		return new EvaluationsPage(found
			.map((row) -> EvaluationLine.of(row.product(), row.productName(), row.evaluation(), this.messages, locale)),
				total, more, Decision.values(), ProductKind.values(), exportLink("/gate/evaluations.csv", request));
	}

	private static String exportLink(String path, HttpServletRequest request) {
		return path + ((request.getQueryString() == null) ? "" : "?" + request.getQueryString());
	}

	/**
	 * The CSV of evaluations, each with its product's name, the decision and mode as the
	 * pages label them; the reasons keep their stable codes for whoever filters on them.
	 */
	void csv(HttpServletResponse response, String fileName, Csv.Rows<ProductEvaluation> evaluations, Locale locale)
			throws IOException {
		Csv.answer(response, fileName, (lines) -> {
			lines.add("evaluated at", "product", "artifact", "environment", "decision", "mode", "reasons", "warnings",
					"token");
			evaluations.each((found) -> {
				EvaluationRow row = found.evaluation();
				lines.add(row.evaluatedAt(), found.productName(), row.artifact(), row.environment(),
						label((row.wouldFail() && row.decision() == Decision.PASS) ? "gate.decision.wouldFail"
								: "gate.decision." + row.decision(), locale),
						label("gate.mode." + row.mode(), locale), texts(row.reasons()), texts(row.warnings()),
						row.tokenName());
			});
		});
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String texts(List<GateReason> reasons) {
		return reasons.stream().map((reason) -> reason.code() + ": " + reason.text()).collect(Collectors.joining("\n"));
	}

}
