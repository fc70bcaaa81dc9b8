package io.ownership.web.support.charts;

import java.util.List;
import java.util.Locale;

final class Numbers {

	private Numbers() {
	}

	/**
	 * A number as people read it on a chart: whole numbers without decimals, others with
	 * one or two.
	 */
	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		String text = String.format(Locale.ROOT, "%.2f", value);
		return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * A coordinate for an SVG attribute, with at most one decimal.
	 */
	static String coordinate(double value) {
		return format(Math.round(value * 10) / 10.0);
	}

	/**
	 * The value a chart's full length stands for: the given maximum, or else the largest
	 * known figure (1 when there is none, so that nothing divides by zero).
	 */
	static double top(Double max, List<List<Figure>> figures) {
		if (max != null && max > 0) {
			return max;
		}
		double largest = figures.stream()
			.flatMap(List::stream)
			.map(Figure::value)
			.filter((value) -> value != null)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
		return (largest > 0) ? largest : 1;
	}

}
