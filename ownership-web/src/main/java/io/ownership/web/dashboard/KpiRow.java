package io.ownership.web.dashboard;

import java.util.List;

import io.ownership.core.dashboard.Kpi;

/**
 * One KPI on the organization dashboard: the organization's value and one per product
 * kind (empty for the KPIs of people and teams).
 */
record KpiRow(Kpi kpi, KpiCell organization, List<KpiCell> kinds) {

	KpiRow {
		kinds = List.copyOf(kinds);
	}

}
