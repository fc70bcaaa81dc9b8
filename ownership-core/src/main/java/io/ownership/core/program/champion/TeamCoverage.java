package io.ownership.core.program.champion;

import java.util.List;

import io.ownership.core.catalog.TeamId;

/**
 * Whether a team has an active champion, and who.
 */
public record TeamCoverage(TeamId team, List<String> activeChampions) {

	public TeamCoverage {
		activeChampions = List.copyOf(activeChampions);
	}

	public boolean covered() {
		return !this.activeChampions.isEmpty();
	}

}
