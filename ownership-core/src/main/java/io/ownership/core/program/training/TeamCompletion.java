package io.ownership.core.program.training;

import java.util.UUID;

/**
 * Completion of required training in a team (or, with a null team, in the organization):
 * of the courses its members' roles require, how many are completed and still valid.
 */
public record TeamCompletion(UUID team, String name, int required, int done) {

	/** Percent done, rounded down; null when nothing is required. */
	public Integer percent() {
		return (this.required == 0) ? null : (this.done * 100) / this.required;
	}

}
