package io.ownership.core.program.training;

/**
 * Where a person stands with one required course on a day.
 */
public enum TrainingState {

	/** Completed and valid for more than the warning period. */
	DONE,
	/** Completed, valid, but expiring within the warning period. */
	EXPIRING,
	/** Completed once, but the completion has expired: overdue again. */
	EXPIRED,
	/** Never completed and the due date has passed. */
	OVERDUE,
	/** Not completed yet, still within the due date. */
	DUE;

	public boolean done() {
		return this == DONE || this == EXPIRING;
	}

	public boolean overdue() {
		return this == EXPIRED || this == OVERDUE;
	}

}
