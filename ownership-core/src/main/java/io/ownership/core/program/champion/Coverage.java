package io.ownership.core.program.champion;

/**
 * Champion coverage: how many teams have at least one active champion, out of all teams.
 */
public record Coverage(int covered, int teams) {

	/** The share of covered teams in percent, rounded down; 0 when there are no teams. */
	public int percent() {
		return (this.teams == 0) ? 0 : (this.covered * 100) / this.teams;
	}

}
