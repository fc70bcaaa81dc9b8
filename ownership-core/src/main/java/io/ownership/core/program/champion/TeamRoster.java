package io.ownership.core.program.champion;

import java.util.List;
import java.util.UUID;

/**
 * One team on the roster with the champions the roster shows of it; a team without an
 * active champion is a gap.
 *
 * @param team identifier
 * @param name the team's name
 * @param kind the team's kind
 * @param covered whether the team has an active champion, whether or not a filter shows
 * them
 * @param champions the team's nominated and active champions that match the filter
 */
public record TeamRoster(UUID team, String name, String kind, boolean covered, List<RosterEntry> champions) {

	public TeamRoster {
		champions = List.copyOf(champions);
	}

}
