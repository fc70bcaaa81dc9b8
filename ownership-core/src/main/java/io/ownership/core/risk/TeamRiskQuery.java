package io.ownership.core.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port for the team dashboard: the open risks of a team's products and their acceptances
 * about to expire.
 */
public interface TeamRiskQuery {

	/**
	 * Risks of the team's products that are open or in treatment, highest score first.
	 */
	List<RiskRow> openRisks(UUID team, LocalDate today, int limit);

	/**
	 * Risks of the team's products whose active acceptance expires within the given days.
	 */
	List<RiskRow> expiringAcceptances(UUID team, LocalDate today, int withinDays);

}
