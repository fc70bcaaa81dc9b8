package io.ownership.core.threat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.ChampionId;

/**
 * Port: who may take part in a team's threat models, people's names, and which of them
 * are active champions. (The person of a user account and team membership come from
 * {@link io.ownership.core.risk.RiskPeople}.)
 */
public interface ThreatDirectory {

	/**
	 * The active people who may take part in the team's threat models: its members and
	 * its active champions, by name.
	 */
	List<Participant> candidates(TeamId team);

	/** Names of the people, for pages and the history. */
	Map<PersonId, String> names(Set<PersonId> people);

	/**
	 * The active champion record of each person who is an active champion, the one for
	 * {@code team} where a person champions several teams.
	 */
	List<ChampionId> activeChampionsAmong(Set<PersonId> people, TeamId team);

	/**
	 * Someone who may take part in a threat model.
	 */
	record Participant(PersonId id, String name, boolean champion) {

	}

}
