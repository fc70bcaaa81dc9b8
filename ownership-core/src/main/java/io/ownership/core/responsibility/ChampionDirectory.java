package io.ownership.core.responsibility;

import java.util.List;

import io.ownership.core.catalog.TeamId;

/**
 * Port: the security champions program's answer to "who is the active champion of this
 * team". Provided by the champions program; where it is absent, the security champion
 * party is shown as not recorded rather than resolved.
 */
public interface ChampionDirectory {

	List<PersonRef> activeChampions(TeamId team);

}
