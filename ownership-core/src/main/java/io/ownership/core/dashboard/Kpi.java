package io.ownership.core.dashboard;

import java.util.Arrays;
import java.util.List;

/**
 * The accountability KPIs, each a numerator over a denominator. What each counts is
 * defined here and in {@code docs/dashboard.md}; the page shows the definition next to
 * the number ({@code kpi.<NAME>.definition}).
 */
public enum Kpi {

	/**
	 * Assets with an owner (a product or an external party) and a responsible product /
	 * all assets.
	 */
	ASSETS_COVERED(Measure.SHARE, Group.CATALOG, true),

	/** Active products without ownership gap (catalog's definition) / active products. */
	PRODUCTS_OWNED(Measure.SHARE, Group.CATALOG, true),

	/**
	 * Active products with a published matrix for every mandatory use case applying to
	 * them / active products.
	 */
	PRODUCTS_WITH_MATRICES(Measure.SHARE, Group.CATALOG, true),

	/** Active acceptances taken inside the guardrails / active acceptances. */
	ACCEPTANCES_AUTONOMOUS(Measure.SHARE, Group.RISK, true),

	/** Open risks whose acceptance expired and was not renewed. */
	ACCEPTANCES_EXPIRED(Measure.COUNT, Group.RISK, true),

	/** Pending acceptance requests; the mean is their mean age in days. */
	REQUESTS_PENDING(Measure.MEAN, Group.RISK, true),

	/** Open risks (status open or in treatment). */
	OPEN_RISKS(Measure.COUNT, Group.RISK, true),

	OPEN_LOW(Measure.COUNT, Group.RISK, true),

	OPEN_MEDIUM(Measure.COUNT, Group.RISK, true),

	OPEN_HIGH(Measure.COUNT, Group.RISK, true),

	OPEN_CRITICAL(Measure.COUNT, Group.RISK, true),

	/** Open risks identified 0 to 30 days ago. */
	OPEN_AGE_0_30(Measure.COUNT, Group.RISK, true),

	OPEN_AGE_31_90(Measure.COUNT, Group.RISK, true),

	OPEN_AGE_91_180(Measure.COUNT, Group.RISK, true),

	OPEN_AGE_OVER_180(Measure.COUNT, Group.RISK, true),

	/** Risks in treatment past their due date / risks in treatment. */
	TREATMENTS_OVERDUE(Measure.SHARE, Group.RISK, true),

	/**
	 * Days from identification to closure, summed over closed risks / closed risks, per
	 * level.
	 */
	DAYS_TO_CLOSE_LOW(Measure.MEAN, Group.RISK, true),

	DAYS_TO_CLOSE_MEDIUM(Measure.MEAN, Group.RISK, true),

	DAYS_TO_CLOSE_HIGH(Measure.MEAN, Group.RISK, true),

	DAYS_TO_CLOSE_CRITICAL(Measure.MEAN, Group.RISK, true),

	/**
	 * Days from identification to the risk owner's first decision (a treatment decided, a
	 * treatment plan, an acceptance active), summed over the risks decided / those risks,
	 * per level. Risks decided before the decision's time was kept, without a trace in
	 * the history, are not counted.
	 */
	DAYS_TO_DECIDE_LOW(Measure.MEAN, Group.RISK, true),

	DAYS_TO_DECIDE_MEDIUM(Measure.MEAN, Group.RISK, true),

	DAYS_TO_DECIDE_HIGH(Measure.MEAN, Group.RISK, true),

	DAYS_TO_DECIDE_CRITICAL(Measure.MEAN, Group.RISK, true),

	/** Teams with an active champion / teams. Not counted per product kind. */
	CHAMPION_COVERAGE(Measure.SHARE, Group.PROGRAM, false),

	/**
	 * (Person, required course) pairs with a valid completion today / all such pairs. Not
	 * counted per product kind.
	 */
	TRAINING_DONE(Measure.SHARE, Group.PROGRAM, false),

	/**
	 * Gate evaluations that passed / all gate evaluations of the products, in the 30 days
	 * ending with the day (UTC), as {@code GateQuery.passRate} counts them.
	 */
	GATE_PASS_RATE(Measure.SHARE, Group.GATE, true),

	/** Products whose latest gate evaluation failed (the {@code /gate} list). */
	GATE_FAILING(Measure.COUNT, Group.GATE, true),

	/**
	 * Hours from detection to containment, summed over the contained security incidents
	 * of the products / those incidents (mean time to contain).
	 */
	INCIDENT_HOURS_TO_CONTAIN(Measure.MEAN, Group.INCIDENT, true),

	/**
	 * Hours from detection to resolution, summed over the resolved security incidents of
	 * the products / those incidents (mean time to resolve).
	 */
	INCIDENT_HOURS_TO_RESOLVE(Measure.MEAN, Group.INCIDENT, true);

	/**
	 * The days of gate evaluations the pass rate counts, ending with the day itself.
	 */
	public static final int GATE_DAYS = 30;

	private final Measure measure;

	private final Group group;

	private final boolean perKind;

	Kpi(Measure measure, Group group, boolean perKind) {
		this.measure = measure;
		this.group = group;
		this.perKind = perKind;
	}

	public Measure measure() {
		return this.measure;
	}

	public Group group() {
		return this.group;
	}

	/**
	 * Whether the KPI is counted per product kind (people and teams have no product
	 * kind).
	 */
	public boolean perKind() {
		return this.perKind;
	}

	public static List<Kpi> of(Group group) {
		return Arrays.stream(values()).filter((kpi) -> kpi.group == group).toList();
	}

	/**
	 * Whether a higher value is better (coverage) or worse (overdue, open risks, days),
	 * for the direction of trend arrows.
	 */
	public boolean higherIsBetter() {
		return this == ASSETS_COVERED || this == PRODUCTS_OWNED || this == PRODUCTS_WITH_MATRICES
				|| this == ACCEPTANCES_AUTONOMOUS || this == CHAMPION_COVERAGE || this == TRAINING_DONE
				|| this == GATE_PASS_RATE;
	}

	/**
	 * How a KPI's numerator and denominator make its figure.
	 */
	public enum Measure {

		/** numerator / denominator as a percentage. */
		SHARE,
		/** the numerator alone. */
		COUNT,
		/** numerator / denominator as a mean (days). */
		MEAN

	}

	/**
	 * The KPIs counted together by one query.
	 */
	public enum Group {

		CATALOG, RISK, PROGRAM, GATE, INCIDENT

	}

}
