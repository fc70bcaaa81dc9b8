package io.ownership.core.dashboard;

/**
 * A KPI's numerator and denominator in one scope on one day.
 */
public record KpiValue(Kpi kpi, long numerator, long denominator) {

	public KpiValue {
		if (kpi == null || numerator < 0 || denominator < 0) {
			throw new IllegalArgumentException("a KPI value needs its KPI and counts that are not negative");
		}
	}

	public static KpiValue zero(Kpi kpi) {
		return new KpiValue(kpi, 0, 0);
	}

	/**
	 * The figure as shown: a percentage for a share, the count, or the mean; null when
	 * the denominator is 0 for a share or a mean (nothing to measure).
	 */
	public Double figure() {
		return switch (this.kpi.measure()) {
			case COUNT -> (double) this.numerator;
			case SHARE -> (this.denominator == 0) ? null : 100.0 * this.numerator / this.denominator;
			case MEAN -> (this.denominator == 0) ? null : (double) this.numerator / this.denominator;
		};
	}

	/**
	 * The figure rounded to a whole number for display, or null.
	 */
	public Long rounded() {
		Double figure = figure();
		return (figure == null) ? null : Math.round(figure);
	}

	/**
	 * For a share: the denominator's records that the numerator does not count (the
	 * gaps).
	 */
	public long missing() {
		return this.denominator - this.numerator;
	}

}
