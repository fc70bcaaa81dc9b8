package io.ownership.persistence.risk;

/**
 * The register's SQL conditions that other features count with (the dashboard), so that a
 * count and the register it links to select the same risks. Alias {@code r} is the risk.
 */
public final class RiskConditions {

	/** An open risk: status open or in treatment. */
	public static final String OPEN = JdbcRiskQuery.OPEN;

	/** A risk with a first decision of its risk owner whose time is known. */
	public static final String DECIDED = JdbcRiskQuery.DECIDED;

	/** An open risk without a decision of its risk owner, no request pending either. */
	public static final String UNDECIDED = JdbcRiskQuery.UNDECIDED;

	/** A risk open again after its acceptance expired, not renewed. */
	public static final String ACCEPTANCE_EXPIRED = JdbcRiskQuery.ACCEPTANCE_EXPIRED;

	private RiskConditions() {
	}

}
