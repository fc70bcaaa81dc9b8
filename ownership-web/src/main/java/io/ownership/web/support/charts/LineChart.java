package io.ownership.web.support.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of values over periods (days, months, quarters): one line per series, a
 * point per period with its number and link; a missing value breaks the line instead of
 * drawing it as zero.
 *
 * @param id the element id of the figure (unique on the page)
 * @param title what the chart shows, its caption
 * @param periods the labels along the horizontal axis
 * @param lines the series
 * @param axis the labels of the vertical axis: lowest, middle, highest
 * @param csvHref where the chart's numbers download as CSV, or {@code null}
 */
public record LineChart(String id, String title, List<Period> periods, List<Line> lines, List<Tick> axis,
		String csvHref, int width, int height) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	static final int LEFT = 48;

	static final int RIGHT = 16;

	static final int TOP = 12;

	static final int BOTTOM = 36;

	public LineChart {
		periods = List.copyOf(periods);
		lines = List.copyOf(lines);
		axis = List.copyOf(axis);
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public static Builder builder(String id, String title, List<String> periods) {
		return new Builder(id, title, periods);
	}

	/**
	 * A label of the horizontal axis; only some are drawn when there are many.
	 */
	public record Period(String label, String x, String y, boolean drawn) {
	}

	/**
	 * A label and grid line of the vertical axis.
	 */
	public record Tick(String text, String x, String y, String lineFrom, String lineTo) {
	}

	/**
	 * One series: its path (the {@code d} attribute) and its points.
	 */
	public record Line(int series, String name, String path, List<Point> points) {

		public Line {
			points = List.copyOf(points);
		}

		public String cssClass() {
			return "chart-line chart-s" + this.series;
		}

	}

	/**
	 * A value at a period; {@code x} and {@code y} are {@code null} when the value is
	 * unknown.
	 */
	public record Point(String period, Figure figure, String x, String y) {

		public boolean drawn() {
			return this.x != null;
		}

	}

	public static final class Builder {

		private final String id;

		private final String title;

		private final List<String> periods;

		private final List<String> names = new ArrayList<>();

		private final List<List<Figure>> values = new ArrayList<>();

		private Double max;

		private String unit = "";

		private String csvHref;

		private Builder(String id, String title, List<String> periods) {
			this.id = id;
			this.title = title;
			this.periods = List.copyOf(periods);
		}

		/**
		 * The top of the vertical axis (100 for percentages); without it the largest
		 * value is.
		 */
		public Builder max(double max) {
			this.max = max;
			return this;
		}

		/**
		 * What follows the axis labels, for example " %".
		 */
		public Builder unit(String unit) {
			this.unit = unit;
			return this;
		}

		public Builder csv(String href) {
			this.csvHref = href;
			return this;
		}

		/**
		 * A series with one figure per period (an unknown figure where there is no
		 * value).
		 */
		public Builder line(String name, List<Figure> figures) {
			if (figures.size() != this.periods.size()) {
				throw new IllegalArgumentException("Line '" + name + "' has " + figures.size() + " values for "
						+ this.periods.size() + " periods");
			}
			this.names.add(name);
			this.values.add(List.copyOf(figures));
			return this;
		}

		public LineChart build() {
			double top = top();
			double plotWidth = WIDTH - LEFT - RIGHT;
			double plotHeight = HEIGHT - TOP - BOTTOM;
			int count = this.periods.size();
			double step = (count > 1) ? plotWidth / (count - 1) : 0;
			int every = Math.max(1, (int) Math.ceil(count / 8.0));
			List<Period> periods = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				double x = LEFT + ((count > 1) ? i * step : plotWidth / 2);
				periods.add(new Period(this.periods.get(i), Numbers.coordinate(x),
						Numbers.coordinate(HEIGHT - BOTTOM + 16), i % every == 0 || i == count - 1));
			}
			List<Tick> axis = new ArrayList<>();
			for (double fraction : new double[] { 0, 0.5, 1 }) {
				double y = TOP + plotHeight * (1 - fraction);
				axis.add(new Tick(Numbers.format(Math.round(top * fraction * 100) / 100.0) + this.unit,
						Numbers.coordinate(LEFT - 6), Numbers.coordinate(y + 4), Numbers.coordinate(LEFT),
						Numbers.coordinate(WIDTH - RIGHT)));
			}
			List<Line> lines = new ArrayList<>();
			for (int s = 0; s < this.names.size(); s++) {
				StringBuilder path = new StringBuilder();
				boolean drawing = false;
				List<Point> points = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					Figure figure = this.values.get(s).get(i);
					if (figure.value() == null) {
						points.add(new Point(this.periods.get(i), figure, null, null));
						drawing = false;
						continue;
					}
					double value = Math.max(0, Math.min(top, figure.value()));
					String x = periods.get(i).x();
					String y = Numbers.coordinate(TOP + plotHeight * (1 - value / top));
					path.append(drawing ? " L" : (path.length() == 0) ? "M" : " M").append(x).append(' ').append(y);
					drawing = true;
					points.add(new Point(this.periods.get(i), figure, x, y));
				}
				lines.add(new Line(s, this.names.get(s), path.toString(), points));
			}
			return new LineChart(this.id, this.title, periods, lines, axis, this.csvHref, WIDTH, HEIGHT);
		}

		private double top() {
			return Numbers.top(this.max, this.values);
		}

	}

}
