package io.ownership.web.support.charts;

/**
 * One number of a chart, with the text shown for it and the link to the records it
 * counts.
 *
 * @param value the number, or {@code null} when it is not known (nothing is drawn)
 * @param text how the number reads, for example "75 %" or "12"
 * @param href where the records counted by it are listed, or {@code null}
 */
public record Figure(Double value, String text, String href) {

	public static Figure of(Number value, String text, String href) {
		return new Figure((value == null) ? null : value.doubleValue(), text, href);
	}

	public static Figure of(Number value, String href) {
		return of(value, (value == null) ? "–" : Numbers.format(value.doubleValue()), href);
	}

	public static Figure unknown() {
		return new Figure(null, "–", null);
	}

}
