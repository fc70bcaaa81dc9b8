package io.ownership.web.maturity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ownership.core.action.ActionRow;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.web.maturity.MaturityLabels.Badge;
import io.ownership.web.support.charts.BarChart;
import io.ownership.web.support.charts.LineChart;

/**
 * A team's maturity ready to show, built by {@link MaturityPages}: the latest assessment
 * against the previous one and the targets, the trend, the team's actions and what the
 * viewer may do; the bound start, targets and action forms are beside it in the model.
 *
 * @param latest the latest assessment, or null when the team has none
 * @param modelName the name of the latest model, which a new assessment follows
 * @param practices the latest model's practices, to choose a gap and set targets
 * @param nextPeriod the quarter a new assessment gets unless another is typed
 * @param targetValues the team's own targets per practice as typed, empty where the
 * organization's apply
 * @param actionDueOn the due date a new action gets unless another is typed
 */
record TeamMaturityPage(String teamName, String teamHref, String startAction, String targetsAction, String actionAction,
		Latest latest, List<TrendRow> trend, boolean mayStart, boolean mayAct, boolean maySetTargets, String modelName,
		List<MaturityModel.Practice> practices, List<ActionRow> actions, String nextPeriod,
		Map<String, String> targetValues, LocalDate actionDueOn) {

	/** An assessment of the trend: its period, link, overall score and status. */
	record TrendRow(String label, String href, double overall, Badge status) {

	}

	/**
	 * The latest assessment compared with the previous one.
	 *
	 * @param previousLabel the previous assessment's period, or null when there is none
	 * @param compareHref the comparison with the previous assessment, or null
	 */
	record Latest(String label, String href, Badge status, String previousLabel, String compareHref,
			LineChart trendChart, BarChart functionChart, BarChart practiceChart,
			List<ScoreRows.PracticeRow> practiceRows, List<ScoreRows.ChangedAnswer> changes) {

	}

}
