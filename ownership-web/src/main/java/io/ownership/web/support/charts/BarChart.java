package io.ownership.web.support.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart: one row per category (a team, a practice, a level), one bar per
 * series in each row (for example current, previous and target), every bar as long as its
 * share of the chart's maximum. The geometry is computed here, once; the template only
 * copies it into SVG attributes.
 *
 * @param id the element id of the figure (unique on the page)
 * @param title what the chart shows, its caption
 * @param series the names of the series, in the order of each row's figures
 * @param rows the categories with their bars
 * @param csvHref where the chart's numbers download as CSV, or {@code null}
 * @param width the SVG's view box width
 * @param height the SVG's view box height
 */
public record BarChart(String id, String title, List<String> series, List<Row> rows, String csvHref, int width,
		int height) {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 200;

	static final int VALUE_WIDTH = 70;

	static final int BAR_HEIGHT = 14;

	static final int ROW_GAP = 10;

	public BarChart {
		series = List.copyOf(series);
		rows = List.copyOf(rows);
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public static Builder builder(String id, String title, String... series) {
		return new Builder(id, title, List.of(series));
	}

	/**
	 * A category with one bar per series.
	 *
	 * @param label the category's name, drawn left of its bars
	 * @param href where the category itself is shown, or {@code null}
	 * @param labelX where the label ends (it is right-aligned)
	 * @param labelY the label's baseline
	 * @param bars the bars, one per series
	 */
	public record Row(String label, String href, String labelX, String labelY, List<Bar> bars) {

		public Row {
			bars = List.copyOf(bars);
		}

	}

	/**
	 * One bar.
	 *
	 * @param series the index of its series, which picks its colour ({@code chart-s0},
	 * ...)
	 * @param seriesName the name of its series
	 * @param figure its number, text and link
	 */
	public record Bar(int series, String seriesName, Figure figure, String x, String y, String width, String height,
			String textX, String textY) {

		public String cssClass() {
			return "chart-s" + this.series;
		}

	}

	public static final class Builder {

		private final String id;

		private final String title;

		private final List<String> series;

		private final List<String> labels = new ArrayList<>();

		private final List<String> hrefs = new ArrayList<>();

		private final List<List<Figure>> figures = new ArrayList<>();

		private Double max;

		private String csvHref;

		private Builder(String id, String title, List<String> series) {
			if (series.isEmpty()) {
				throw new IllegalArgumentException("A chart needs at least one series");
			}
			this.id = id;
			this.title = title;
			this.series = series;
		}

		/**
		 * The value that fills the whole width (100 for percentages, 3 for a maturity
		 * score); without it the largest value does.
		 */
		public Builder max(double max) {
			this.max = max;
			return this;
		}

		public Builder csv(String href) {
			this.csvHref = href;
			return this;
		}

		/**
		 * A category with one figure per series, in the order the series were named.
		 */
		public Builder row(String label, String href, Figure... figures) {
			if (figures.length != this.series.size()) {
				throw new IllegalArgumentException(
						"Row '" + label + "' has " + figures.length + " figures for " + this.series.size() + " series");
			}
			this.labels.add(label);
			this.hrefs.add(href);
			this.figures.add(List.of(figures));
			return this;
		}

		public BarChart build() {
			double scale = scale();
			int rowHeight = this.series.size() * BAR_HEIGHT + ROW_GAP;
			int barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
			List<Row> rows = new ArrayList<>();
			for (int r = 0; r < this.labels.size(); r++) {
				int top = r * rowHeight + ROW_GAP / 2;
				List<Bar> bars = new ArrayList<>();
				for (int s = 0; s < this.series.size(); s++) {
					Figure figure = this.figures.get(r).get(s);
					double value = (figure.value() == null) ? 0 : Math.max(0, figure.value());
					double length = Math.min(barArea, barArea * value / scale);
					int y = top + s * BAR_HEIGHT;
					bars.add(new Bar(s, this.series.get(s), figure, Numbers.coordinate(LABEL_WIDTH),
							Numbers.coordinate(y + 1), Numbers.coordinate(length), Numbers.coordinate(BAR_HEIGHT - 2),
							Numbers.coordinate(LABEL_WIDTH + length + 4), Numbers.coordinate(y + BAR_HEIGHT - 3)));
				}
				double middle = top + this.series.size() * BAR_HEIGHT / 2.0 + 4;
				rows.add(new Row(this.labels.get(r), this.hrefs.get(r), Numbers.coordinate(LABEL_WIDTH - 6),
						Numbers.coordinate(middle), bars));
			}
			int height = Math.max(rowHeight, this.labels.size() * rowHeight + ROW_GAP / 2);
			return new BarChart(this.id, this.title, this.series, rows, this.csvHref, WIDTH, height);
		}

		private double scale() {
			return Numbers.top(this.max, this.figures);
		}

	}

}
