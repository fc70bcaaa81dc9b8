package io.ownership.web.program;

import java.util.List;

import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.Coverage;
import io.ownership.core.program.champion.TeamRoster;
import io.ownership.core.shared.Page;

/**
 * The champion roster ready to show, built by {@link RosterPages}: coverage, the statuses
 * to filter by, the page of teams and what the viewer may do.
 *
 * @param year the year of the points and meetings shown
 * @param exportLink the CSV of the same filters, or null when the filter was refused
 * @param roster the page of teams, or null when the filter was refused
 */
record RosterPage(Coverage coverage, int year, List<ChampionStatus> statuses, boolean mayNominate,
		boolean mayAwardPoints, String exportLink, Page<TeamRoster> roster) {

}
