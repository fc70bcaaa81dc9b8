package io.ownership.web.dashboard;

import java.util.Locale;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiValue;

/**
 * A KPI's value in one scope as the page shows it: the figure, its numerator and
 * denominator, and the list each number links to (null where no list shows it).
 *
 * @param figure the figure as text: "75 %", "12", "4.5", or "–" when nothing was measured
 * @param missingHref for a share, the records the numerator misses
 */
public record KpiCell(Kpi kpi, KpiValue value, String figure, String numeratorHref, String denominatorHref,
		String missingHref) {

	static KpiCell of(KpiValue value, KpiLinks links) {
		return new KpiCell(value.kpi(), value, text(value), links.numerator(value.kpi()),
				links.denominator(value.kpi()), links.missing(value.kpi()));
	}

	public static String text(KpiValue value) {
		Double figure = value.figure();
		if (figure == null) {
			return "–";
		}
		return switch (value.kpi().measure()) {
			case SHARE -> Math.round(figure) + " %";
			case COUNT -> Long.toString(value.numerator());
			case MEAN -> String.format(Locale.ROOT, "%.1f", figure);
		};
	}

	/**
	 * Where the figure itself links: a count's records, a share's numerator (or, without
	 * a list of those, its denominator), a mean's denominator.
	 */
	public String figureHref() {
		return (this.numeratorHref != null) ? this.numeratorHref : this.denominatorHref;
	}

	public boolean share() {
		return this.kpi.measure() == Kpi.Measure.SHARE;
	}

	public boolean mean() {
		return this.kpi.measure() == Kpi.Measure.MEAN;
	}

}
