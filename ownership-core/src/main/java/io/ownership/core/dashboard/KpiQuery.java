package io.ownership.core.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Port: counts the KPIs with one SQL projection per group of KPIs, whatever the number of
 * teams, products and risks.
 */
public interface KpiQuery {

	/**
	 * The catalog, risk and champion KPIs for the organization, every team and every
	 * product kind, on {@code today}. Training is counted by the program's
	 * {@code TrainingQuery}.
	 */
	KpiBoard board(LocalDate today);

	/**
	 * The same KPIs for one team only.
	 */
	KpiSet team(UUID team, LocalDate today);

	/**
	 * Open risks (open or in treatment) of the organization counted per likelihood and
	 * impact: {@code [likelihood - 1][impact - 1]}.
	 */
	long[][] openRiskCells();

}
