package io.ownership.core.gate;

/**
 * Conditions of ownership the policy makes fail the gate or only warn.
 */
public enum GateCondition {

	/** An acceptance request of one of the product's risks waits for a decision. */
	PENDING_REQUEST,

	/** The product's risk owner or product owner is vacant. */
	VACANT_OWNER,

	/** A mandatory use case has no published responsibility matrix. */
	MISSING_MATRIX,

	/** An acceptance expired and was not renewed, while its risk is still there. */
	EXPIRED_ACCEPTANCE

}
