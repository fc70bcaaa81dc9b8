package io.ownership.core.program.champion;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A champion as the roster shows them.
 *
 * @param champion identifier
 * @param person the person's name
 * @param status lifecycle status
 * @param since the day of the nomination or of the activation
 * @param time allocated time, or null
 * @param certifications valid certifications
 * @param certificationsExpiring valid certifications expiring within 60 days
 * @param points points of contributions in the year shown
 * @param meetingsAttended community meetings attended in the year shown
 */
public record RosterEntry(UUID champion, String person, ChampionStatus status, LocalDate since, TimeAllocation time,
		int certifications, int certificationsExpiring, int points, int meetingsAttended) {

}
