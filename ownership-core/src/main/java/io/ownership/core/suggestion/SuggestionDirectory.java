package io.ownership.core.suggestion;

import java.util.Optional;

import io.ownership.core.program.champion.ChampionId;

/**
 * Port: the active champion a user account is, if any (the first activated when the
 * person champions several teams).
 */
public interface SuggestionDirectory {

	Optional<ChampionId> activeChampionOf(String username);

}
