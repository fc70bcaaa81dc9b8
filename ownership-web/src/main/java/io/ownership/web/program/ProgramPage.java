package io.ownership.web.program;

import java.util.List;

import io.ownership.core.program.Choice;
import io.ownership.core.program.champion.Coverage;
import io.ownership.core.program.champion.LeaderboardEntry;
import io.ownership.core.program.training.TeamCompletion;

/**
 * The program overview ready to show, built by {@link ProgramPages}: champion coverage,
 * required training done, the teams without an active champion and the leaderboard of one
 * year.
 *
 * @param trainingPercent the training done as "x %", or "—" when nothing is required
 * @param nextYear the year after the shown one, or null when the shown one is this year
 * @param mayReadEffectiveness whether the viewer may open the effectiveness page
 */
record ProgramPage(Coverage coverage, TeamCompletion training, String trainingPercent,
		List<Choice> teamsWithoutChampion, int year, int previousYear, Integer nextYear,
		List<LeaderboardEntry> leaderboard, boolean mayReadEffectiveness) {

}
