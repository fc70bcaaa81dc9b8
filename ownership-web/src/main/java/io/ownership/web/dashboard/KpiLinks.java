package io.ownership.web.dashboard;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.dashboard.Kpi;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each number of a KPI is listed: the existing lists ({@code /products},
 * {@code /risks}, {@code /incidents}, {@code /approvals}, {@code /champions},
 * {@code /training}, {@code /gate}, {@code /gate/evaluations}, a team's dashboard) with
 * the filters that select exactly the records the number counts, in one scope (the
 * organization, a team or a product kind).
 *
 * @param team the team, or null
 * @param kind the product kind, or null
 */
record KpiLinks(UUID team, ProductKind kind) {

	static KpiLinks organization() {
		return new KpiLinks(null, null);
	}

	static KpiLinks team(UUID team) {
		return new KpiLinks(team, null);
	}

	static KpiLinks kind(ProductKind kind) {
		return new KpiLinks(null, kind);
	}

	/**
	 * The records the numerator counts (for a count, the figure itself), or null where no
	 * list shows them.
	 */
	String numerator(Kpi kpi) {
		return switch (kpi) {
			case ASSETS_COVERED -> null;
			case PRODUCTS_OWNED, PRODUCTS_WITH_MATRICES, CHAMPION_COVERAGE, TRAINING_DONE, REQUESTS_PENDING,
					DAYS_TO_CLOSE_LOW, DAYS_TO_CLOSE_MEDIUM, DAYS_TO_CLOSE_HIGH, DAYS_TO_CLOSE_CRITICAL,
					DAYS_TO_DECIDE_LOW, DAYS_TO_DECIDE_MEDIUM, DAYS_TO_DECIDE_HIGH, DAYS_TO_DECIDE_CRITICAL,
					INCIDENT_HOURS_TO_CONTAIN, INCIDENT_HOURS_TO_RESOLVE ->
				null;
			case ACCEPTANCES_AUTONOMOUS -> risks().queryParam("acceptance", "AUTONOMOUS").toUriString();
			case ACCEPTANCES_EXPIRED -> risks().queryParam("acceptance", "EXPIRED").toUriString();
			case OPEN_RISKS -> open().toUriString();
			case OPEN_LOW -> open().queryParam("level", "LOW").toUriString();
			case OPEN_MEDIUM -> open().queryParam("level", "MEDIUM").toUriString();
			case OPEN_HIGH -> open().queryParam("level", "HIGH").toUriString();
			case OPEN_CRITICAL -> open().queryParam("level", "CRITICAL").toUriString();
			case OPEN_AGE_0_30 -> open().queryParam("age", "D0_30").toUriString();
			case OPEN_AGE_31_90 -> open().queryParam("age", "D31_90").toUriString();
			case OPEN_AGE_91_180 -> open().queryParam("age", "D91_180").toUriString();
			case OPEN_AGE_OVER_180 -> open().queryParam("age", "OVER_180").toUriString();
			case TREATMENTS_OVERDUE -> risks().queryParam("overdue", "true").toUriString();
			case GATE_FAILING -> scoped(UriComponentsBuilder.fromPath("/gate")).toUriString();
			case GATE_PASS_RATE -> evaluations().queryParam("decision", "PASS").toUriString();
		};
	}

	/**
	 * The records the denominator counts, or null where no list shows them.
	 */
	String denominator(Kpi kpi) {
		return switch (kpi) {
			case ASSETS_COVERED -> assets().toUriString();
			case PRODUCTS_OWNED, PRODUCTS_WITH_MATRICES -> products().toUriString();
			case ACCEPTANCES_AUTONOMOUS -> risks().queryParam("acceptance", "ACTIVE").toUriString();
			case REQUESTS_PENDING -> (this.team == null && this.kind == null) ? "/approvals"
					: risks().queryParam("acceptance", "PENDING").toUriString();
			case TREATMENTS_OVERDUE -> risks().queryParam("status", "IN_TREATMENT").toUriString();
			case DAYS_TO_CLOSE_LOW -> closed("LOW");
			case DAYS_TO_CLOSE_MEDIUM -> closed("MEDIUM");
			case DAYS_TO_CLOSE_HIGH -> closed("HIGH");
			case DAYS_TO_CLOSE_CRITICAL -> closed("CRITICAL");
			case DAYS_TO_DECIDE_LOW -> decided("LOW");
			case DAYS_TO_DECIDE_MEDIUM -> decided("MEDIUM");
			case DAYS_TO_DECIDE_HIGH -> decided("HIGH");
			case DAYS_TO_DECIDE_CRITICAL -> decided("CRITICAL");
			case CHAMPION_COVERAGE -> (this.team == null) ? "/champions" : teamPage();
			case TRAINING_DONE -> (this.team == null) ? "/training" : teamPage();
			case GATE_PASS_RATE -> evaluations().toUriString();
			case GATE_FAILING -> scoped(UriComponentsBuilder.fromPath("/gate")).toUriString();
			case INCIDENT_HOURS_TO_CONTAIN -> incidents().queryParam("contained", "true").toUriString();
			case INCIDENT_HOURS_TO_RESOLVE -> incidents().queryParam("resolved", "true").toUriString();
			case ACCEPTANCES_EXPIRED, OPEN_RISKS, OPEN_LOW, OPEN_MEDIUM, OPEN_HIGH, OPEN_CRITICAL, OPEN_AGE_0_30,
					OPEN_AGE_31_90, OPEN_AGE_91_180, OPEN_AGE_OVER_180 ->
				open().toUriString();
		};
	}

	/**
	 * For a share: the records of the denominator the numerator misses (the gaps), or
	 * null.
	 */
	String missing(Kpi kpi) {
		return switch (kpi) {
			case ASSETS_COVERED -> assets().queryParam("gaps", "true").toUriString();
			case PRODUCTS_OWNED -> products().queryParam("gaps", "true").toUriString();
			case PRODUCTS_WITH_MATRICES -> products().queryParam("matrix", "MISSING").toUriString();
			case ACCEPTANCES_AUTONOMOUS -> risks().queryParam("acceptance", "ESCALATED").toUriString();
			case CHAMPION_COVERAGE -> (this.team == null) ? "/champions?gaps=true" : null;
			case GATE_PASS_RATE -> evaluations().queryParam("decision", "FAIL").toUriString();
			default -> null;
		};
	}

	/**
	 * The heat map's cell: open risks of this likelihood and impact.
	 */
	String cell(int likelihood, int impact) {
		return open().queryParam("likelihood", likelihood).queryParam("impact", impact).toUriString();
	}

	private String teamPage() {
		return (this.team == null) ? null : UriComponentsBuilder.fromPath("/teams/" + this.team).toUriString();
	}

	private String closed(String level) {
		return risks().queryParam("status", "CLOSED").queryParam("level", level).toUriString();
	}

	/**
	 * The gate evaluations of the days the pass rate counts, ending today.
	 */
	private UriComponentsBuilder evaluations() {
		return scoped(UriComponentsBuilder.fromPath("/gate/evaluations")).queryParam("days", Kpi.GATE_DAYS);
	}

	private String decided(String level) {
		return risks().queryParam("decided", "true").queryParam("level", level).toUriString();
	}

	private UriComponentsBuilder open() {
		return risks().queryParam("open", "true");
	}

	private UriComponentsBuilder risks() {
		return scoped(UriComponentsBuilder.fromPath("/risks"));
	}

	private UriComponentsBuilder assets() {
		return scoped(UriComponentsBuilder.fromPath("/assets"));
	}

	private UriComponentsBuilder incidents() {
		return scoped(UriComponentsBuilder.fromPath("/incidents"));
	}

	private UriComponentsBuilder products() {
		return scoped(UriComponentsBuilder.fromPath("/products"));
	}

	private UriComponentsBuilder scoped(UriComponentsBuilder builder) {
		if (this.team != null) {
			builder.queryParam("team", this.team);
		}
		if (this.kind != null) {
			builder.queryParam("kind", this.kind);
		}
		return builder;
	}

}
