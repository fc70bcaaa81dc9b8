package io.ownership.core.risk;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.shared.Page;

/**
 * Port for the team dashboard: the open risks of a team's products and their acceptances
 * about to expire.
 */
public interface TeamRiskQuery {

	/**
	 * The first {@code limit} risks of the team's products that are open or in treatment,
	 * highest score first, with the number there are in all.
	 */
	Page<RiskRow> openRisks(UUID team, LocalDate today, int limit);

	/**
	 * The first {@code limit} risks of the team's products whose active acceptance
	 * expires within the given days, soonest first, with the number there are in all.
	 */
	Page<RiskRow> expiringAcceptances(UUID team, LocalDate today, int withinDays, int limit);

}
