package io.ownership.web.program;

import java.util.List;

/**
 * The program's effectiveness ready to show, built by {@link ProgramPages}: one row per
 * team.
 */
record EffectivenessPage(List<Row> teams) {

	/**
	 * One team's measures with their labels.
	 *
	 * @param coveredKey message key of the yes/no of an active champion
	 * @param coveredClass CSS class of that badge
	 * @param training training done as "x % (done/required)", or "—"
	 * @param medianDaysToClose median days to close with the number of closed risks, or
	 * "—"
	 */
	record Row(String name, boolean covered, String coveredKey, String coveredClass, String training,
			int openHighOrCritical, int overdueTreatments, String medianDaysToClose) {

	}

}
