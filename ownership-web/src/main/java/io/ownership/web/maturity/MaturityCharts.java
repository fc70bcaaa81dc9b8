package io.ownership.web.maturity;

import java.util.List;
import java.util.Locale;

import io.ownership.core.maturity.Assessment;
import io.ownership.web.support.charts.BarChart;
import io.ownership.web.support.charts.Figure;
import io.ownership.web.support.charts.LineChart;

import org.springframework.context.MessageSource;

/**
 * A team's maturity as charts: the scores per practice and per function (current,
 * previous, target) as bars, and the overall score across periods as a line; each number
 * links to its assessment.
 */
class MaturityCharts {

	private final MessageSource messages;

	private final Locale locale;

	private final String currentName;

	private final String previousName;

	private final String targetName;

	private final String currentHref;

	private final String previousHref;

	MaturityCharts(MessageSource messages, Locale locale, Assessment current, Assessment previous) {
		this.messages = messages;
		this.locale = locale;
		this.currentName = current.period().label();
		this.previousName = (previous == null) ? message("maturity.previous") : previous.period().label();
		this.targetName = message("maturity.target");
		this.currentHref = MaturityLabels.assessment(current.id());
		this.previousHref = (previous == null) ? null : MaturityLabels.assessment(previous.id());
	}

	BarChart practices(List<ScoreRows.PracticeRow> rows) {
		BarChart.Builder chart = bars("practice-chart", "maturity.chart.practices");
		for (ScoreRows.PracticeRow row : rows) {
			chart.row(row.name(), this.currentHref + "#practice-" + row.code(), score(row.current(), this.currentHref),
					score(row.previous(), this.previousHref), score(row.target(), null));
		}
		return chart.build();
	}

	BarChart functions(List<ScoreRows.FunctionRow> rows) {
		BarChart.Builder chart = bars("function-chart", "maturity.chart.functions");
		for (ScoreRows.FunctionRow row : rows) {
			chart.row(row.name(), null, score(row.current(), this.currentHref),
					score(row.previous(), this.previousHref), score(row.target(), null));
		}
		return chart.build();
	}

	LineChart trend(List<TeamMaturityPage.TrendRow> trend) {
		return LineChart
			.builder("trend-chart", message("maturity.trend"),
					trend.stream().map(TeamMaturityPage.TrendRow::label).toList())
			.max(3)
			.line(message("maturity.overall"),
					trend.stream().map((point) -> score(point.overall(), point.href())).toList())
			.build();
	}

	private BarChart.Builder bars(String id, String title) {
		return BarChart.builder(id, message(title), this.currentName, this.previousName, this.targetName).max(3);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	private static Figure score(Double value, String href) {
		return (value == null) ? Figure.unknown() : Figure.of(value, String.format(Locale.ROOT, "%.2f", value), href);
	}

}
