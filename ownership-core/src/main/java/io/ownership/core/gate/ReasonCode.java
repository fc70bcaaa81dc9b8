package io.ownership.core.gate;

/**
 * Stable codes of the gate's reasons, for pipelines that act on them.
 */
public enum ReasonCode {

	OPEN_RISK, UNCOVERED_FINDING, CHECK_MISSING, CHECK_STALE, EXPIRED_ACCEPTANCE, VACANT_RISK_OWNER,
	VACANT_PRODUCT_OWNER, MISSING_MATRIX, PENDING_REQUEST;

	/**
	 * The condition of the policy that decides whether this reason fails or warns, null
	 * for reasons that always fail.
	 */
	public GateCondition condition() {
		return switch (this) {
			case EXPIRED_ACCEPTANCE -> GateCondition.EXPIRED_ACCEPTANCE;
			case VACANT_RISK_OWNER, VACANT_PRODUCT_OWNER -> GateCondition.VACANT_OWNER;
			case MISSING_MATRIX -> GateCondition.MISSING_MATRIX;
			case PENDING_REQUEST -> GateCondition.PENDING_REQUEST;
			default -> null;
		};
	}

}
