package io.ownership.web.maturity;

import java.util.List;

/**
 * The organization's maturity matrix ready to show, built by
 * {@link OrganizationMaturityPages}: the latest accepted assessment of each team the
 * filter selects ({@link MaturityFilterForm}, the model attribute {@code filter}), on the
 * practices of its function (all when blank), with the median and the distribution per
 * practice.
 *
 * @param functions the latest model's business functions to filter by
 * @param csvHref the CSV of the same teams
 * @param columns the table's number of columns
 * @param mayManage whether the viewer sets targets and loads models (a security manager)
 */
record MatrixPage(List<String> functions, List<Column> practices, List<Row> rows, List<Stat> stats, String csvHref,
		int columns, boolean mayManage) {

	/** A practice's column: its code as heading and its name as title. */
	record Column(String code, String name) {

	}

	/** A team's latest accepted assessment: a cell per practice shown and the overall. */
	record Row(String teamName, String teamHref, String periodLabel, String assessmentHref, List<Cell> cells,
			double overall) {

	}

	/**
	 * A practice's score of a team.
	 *
	 * @param value the score, or null when the team's model has not the practice
	 * @param css the colour class of the score
	 */
	record Cell(Double value, String css, String title) {

	}

	/**
	 * A practice's median over the teams and how many teams score below 1, below 2 and
	 * from 2.
	 *
	 * @param median the median, or null when no team has a score
	 * @param distribution the three counts as "a / b / c"
	 */
	record Stat(Double median, String distribution) {

	}

}
