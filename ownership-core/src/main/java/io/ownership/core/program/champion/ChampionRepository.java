package io.ownership.core.program.champion;

import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: loads and stores champions with their certifications and contributions.
 */
public interface ChampionRepository {

	Optional<Champion> findById(ChampionId id);

	/** Whether the person is already nominated or active for the team. */
	boolean isNominatedOrActive(PersonId person, TeamId team);

	void save(Champion champion);

}
