package io.ownership.web.maturity;

import java.util.List;

/**
 * Two assessments compared answer by answer on the later one's model, built by
 * {@link OrganizationMaturityPages}.
 *
 * @param from the earlier assessment as "team, period"
 * @param to the later assessment as "team, period"
 * @param changed how many answers differ
 */
record ComparePage(String fromTeam, String fromPeriod, String fromHref, String from, String toTeam, String toPeriod,
		String toHref, String to, long changed, List<Row> rows) {

	/**
	 * An activity with both answers' message keys; a changed one is marked by its CSS
	 * class.
	 */
	record Row(String practiceName, int level, String stream, String question, String fromKey, String toKey,
			String css) {

	}

}
