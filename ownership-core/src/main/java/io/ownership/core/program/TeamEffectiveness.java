package io.ownership.core.program;

import java.util.UUID;

import io.ownership.core.program.training.TeamCompletion;

/**
 * A team's program measures beside its products' risk outcomes.
 *
 * @param team identifier
 * @param name team name
 * @param covered whether the team has an active champion
 * @param training completion of required training of its members
 * @param openHighOrCritical risks of HIGH or CRITICAL level, OPEN or IN_TREATMENT, on
 * products the team owns
 * @param overdueTreatments risks IN_TREATMENT whose treatment was due before today
 * @param closedRisks risks CLOSED with a closing time
 * @param medianDaysToClose median days from identification to closing over those, or null
 * when none
 */
public record TeamEffectiveness(UUID team, String name, boolean covered, TeamCompletion training,
		int openHighOrCritical, int overdueTreatments, int closedRisks, Double medianDaysToClose) {

}
