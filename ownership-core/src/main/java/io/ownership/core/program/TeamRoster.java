package io.ownership.core.program;

import java.util.List;
import java.util.UUID;

/**
 * One team on the roster with its nominated and active champions; a team without an
 * active champion is a gap.
 */
public record TeamRoster(UUID team, String name, String kind, List<RosterEntry> champions) {

	public TeamRoster {
		champions = List.copyOf(champions);
	}

	public boolean covered() {
		return this.champions.stream().anyMatch((c) -> c.status() == ChampionStatus.ACTIVE);
	}

}
