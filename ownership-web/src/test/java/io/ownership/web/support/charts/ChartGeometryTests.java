package io.ownership.web.support.charts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartGeometryTests {

	@Test
	void theLargestBarFillsTheBarAreaAndTheOthersTheirShare() {
		BarChart chart = BarChart.builder("coverage", "Coverage", "Teams")
			.row("Business Services A", "/teams/a", Figure.of(4, "/products?team=a"))
			.row("Application Platform", null, Figure.of(2, null))
			.row("Security", null, Figure.of(0, null))
			.build();

		int barArea = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
		assertThat(chart.rows()).extracting((row) -> row.bars().get(0).width())
			.containsExactly(String.valueOf(barArea), String.valueOf(barArea / 2), "0");
		assertThat(chart.rows().get(0).bars().get(0).figure().href()).isEqualTo("/products?team=a");
		assertThat(chart.rows().get(0).bars().get(0).figure().text()).isEqualTo("4");
	}

	@Test
	void aFixedMaximumScalesEveryBarAndCapsLargerValues() {
		BarChart chart = BarChart.builder("maturity", "Maturity", "Current", "Target")
			.max(3)
			.row("Threat Assessment", null, Figure.of(1.5, null), Figure.of(4, null))
			.build();

		int barArea = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
		assertThat(chart.rows().get(0).bars()).extracting(BarChart.Bar::width)
			.containsExactly(String.valueOf(barArea / 2), String.valueOf(barArea));
		assertThat(chart.rows().get(0).bars()).extracting(BarChart.Bar::cssClass)
			.containsExactly("chart-s0", "chart-s1");
		assertThat(chart.rows().get(0).bars().get(0).figure().text()).isEqualTo("1.5");
	}

	@Test
	void aRowNeedsOneFigurePerSeries() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BarChart.builder("x", "X", "Current", "Target").row("Only one", null, Figure.of(1, null)))
			.withMessageContaining("1 figures for 2 series");
	}

	@Test
	void anUnknownValueBreaksTheLineInsteadOfDrawingZero() {
		LineChart chart = LineChart.builder("trend", "Coverage", List.of("Jan", "Feb", "Mar", "Apr"))
			.max(100)
			.unit(" %")
			.line("Organization",
					List.of(Figure.of(50, null), Figure.unknown(), Figure.of(100, "/champions"), Figure.of(0, null)))
			.build();

		LineChart.Line line = chart.lines().get(0);
		assertThat(line.points()).extracting(LineChart.Point::drawn).containsExactly(true, false, true, true);
		assertThat(line.path()).startsWith("M").contains(" M").containsOnlyOnce(" L");
		LineChart.Point full = line.points().get(2);
		LineChart.Point empty = line.points().get(3);
		assertThat(Double.parseDouble(full.y())).isEqualTo(LineChart.TOP);
		assertThat(Double.parseDouble(empty.y())).isEqualTo(LineChart.HEIGHT - LineChart.BOTTOM);
		assertThat(chart.axis()).extracting(LineChart.Tick::text).containsExactly("0 %", "50 %", "100 %");
	}

	@Test
	void manyPeriodsDrawOnlySomeLabelsButAlwaysTheLast() {
		List<String> days = java.util.stream.IntStream.rangeClosed(1, 30).mapToObj((day) -> "Day " + day).toList();
		LineChart chart = LineChart.builder("days", "Days", days)
			.line("Pass rate", days.stream().map((day) -> Figure.of(1, null)).toList())
			.build();

		assertThat(chart.periods().stream().filter(LineChart.Period::drawn).count()).isBetween(8L, 9L);
		assertThat(chart.periods().get(29).drawn()).isTrue();
	}

}
