package io.ownership.core.program.champion;

import java.util.UUID;

import io.ownership.core.shared.InvalidInputException;

/**
 * Which teams and champions the roster shows. The roster never shows champions who
 * stepped down, so a status filter is {@link ChampionStatus#NOMINATED} or
 * {@link ChampionStatus#ACTIVE}.
 *
 * @param text part of the team's name, any case, or null
 * @param gapsOnly only teams without an active champion
 * @param status only teams with a champion of this status, and only those champions; or
 * null
 * @param team only this team, or null for every team (an API token's team scope)
 */
public record RosterFilter(String text, boolean gapsOnly, ChampionStatus status, UUID team) {

	public RosterFilter {
		text = (text == null || text.isBlank()) ? null : text.trim();
		if (status == ChampionStatus.STEPPED_DOWN) {
			throw new InvalidInputException("status", "champions.filter.status",
					"The roster shows nominated and active champions only");
		}
	}

	public RosterFilter(String text, boolean gapsOnly, ChampionStatus status) {
		this(text, gapsOnly, status, null);
	}

	/**
	 * The same filter, limited to one team.
	 */
	public RosterFilter ofTeam(UUID team) {
		return new RosterFilter(this.text, this.gapsOnly, this.status, team);
	}

	/** Every team with its nominated and active champions. */
	public static RosterFilter all() {
		return new RosterFilter(null, false, null);
	}

	/** Only the teams without an active champion. */
	public static RosterFilter gaps() {
		return new RosterFilter(null, true, null);
	}

}
