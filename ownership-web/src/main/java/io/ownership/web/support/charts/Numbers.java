package io.ownership.web.support.charts;

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

}
