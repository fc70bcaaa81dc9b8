package io.ownership.core.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: the read side of the gate, each answer one or two statements whatever the number
 * of evaluations.
 */
public interface GateQuery {

	/**
	 * The product's latest evaluation.
	 */
	Optional<EvaluationRow> current(ProductId product);

	Page<EvaluationRow> history(ProductId product, HistoryFilter filter, PageRequest page);

	/**
	 * Hands the product's evaluations the filter selects, at most {@code limit}, newest
	 * first, to {@code each} one at a time as they are read, for the CSV.
	 */
	void export(ProductId product, HistoryFilter filter, int limit, Consumer<EvaluationRow> each);

	/**
	 * How many evaluations past the first of a page {@link #evaluations} counts at most:
	 * a list of every product's evaluations over 30 days holds tens of thousands, and
	 * counting them all on every view cost more than the page itself.
	 */
	int COUNTED_AHEAD = 1000;

	/**
	 * Evaluations of every product the filter selects (archived ones too, as the pass
	 * rate counts them), newest first. The total counts at most {@link #COUNTED_AHEAD}
	 * evaluations past the page's first: a total above {@code offset + COUNTED_AHEAD}
	 * means "more than that".
	 */
	Page<ProductEvaluation> evaluations(EvaluationFilter filter, PageRequest page);

	/**
	 * Hands the evaluations {@link #evaluations} selects, at most {@code limit}, newest
	 * first, to {@code each} one at a time as they are read, for the CSV.
	 */
	void exportEvaluations(EvaluationFilter filter, int limit, Consumer<ProductEvaluation> each);

	/**
	 * The latest check runs of the product, newest first.
	 */
	List<CheckRunRow> runs(ProductId product, int limit);

	/**
	 * Products whose latest evaluation failed, most recent first.
	 */
	default Page<FailingProduct> failing(PageRequest page) {
		return failing(null, null, page);
	}

	/**
	 * Products whose latest evaluation failed, of a team and of a product kind (null
	 * means any), most recent first.
	 */
	Page<FailingProduct> failing(UUID team, ProductKind kind, PageRequest page);

	/**
	 * The share of evaluations that passed between two instants, for the organization
	 * dashboard's KPI.
	 */
	PassRate passRate(Instant from, Instant to);

	/**
	 * Filters of a product's gate history; null means any. {@code from} and {@code to}
	 * are days in UTC, both included.
	 */
	record HistoryFilter(Decision decision, String artifact, LocalDate from, LocalDate to) {

		public static final HistoryFilter NONE = new HistoryFilter(null, null, null, null);

	}

	/**
	 * Filters of the evaluations across products: the product, its team and kind (null
	 * means any), and a history's filters.
	 */
	record EvaluationFilter(UUID product, UUID team, ProductKind kind, HistoryFilter history) {

	}

	/**
	 * One recorded evaluation with its product.
	 */
	record ProductEvaluation(UUID product, String productName, EvaluationRow evaluation) {

	}

	/**
	 * One recorded evaluation.
	 */
	record EvaluationRow(long id, Instant evaluatedAt, String artifact, String environment, Decision decision,
			GateMode mode, List<GateReason> reasons, List<GateReason> warnings, String tokenName) {

		public EvaluationRow {
			reasons = List.copyOf(reasons);
			warnings = List.copyOf(warnings);
		}

		public boolean wouldFail() {
			return !this.reasons.isEmpty();
		}

	}

	/**
	 * One reported check run.
	 */
	record CheckRunRow(UUID id, Instant reportedAt, String artifact, String commit, CheckKind kind, String tool,
			String reportedBy, int findings, int atOrAboveHigh) {

	}

	/**
	 * A product whose gate fails now.
	 */
	record FailingProduct(UUID product, String name, String team, Instant evaluatedAt, String artifact,
			List<GateReason> reasons) {

		public FailingProduct {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * Evaluations and passes in a period.
	 */
	record PassRate(long evaluations, long passes) {

		/**
		 * Percent of evaluations that passed, null without evaluations.
		 */
		public Integer percent() {
			return (this.evaluations == 0) ? null : (int) Math.round(100.0 * this.passes / this.evaluations);
		}

	}

}
