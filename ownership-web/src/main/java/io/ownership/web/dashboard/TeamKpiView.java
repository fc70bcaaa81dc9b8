package io.ownership.web.dashboard;

import java.util.List;
import java.util.UUID;

import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSet;

import org.springframework.stereotype.Component;

/**
 * A team's KPIs for its dashboard ({@code /teams/{id}}), each number linked to the list
 * of the records it counts, drawn by {@code ~{dashboard/fragments :: team-kpis
 * (${teamKpis})}}.
 */
@Component
public class TeamKpiView {

	/** The KPIs a team's dashboard shows. */
	static final List<Kpi> SHOWN = List.of(Kpi.PRODUCTS_OWNED, Kpi.PRODUCTS_WITH_MATRICES, Kpi.OPEN_RISKS,
			Kpi.OPEN_HIGH, Kpi.OPEN_CRITICAL, Kpi.ACCEPTANCES_EXPIRED, Kpi.REQUESTS_PENDING, Kpi.TREATMENTS_OVERDUE,
			Kpi.ACCEPTANCES_AUTONOMOUS, Kpi.TRAINING_DONE, Kpi.INCIDENT_HOURS_TO_CONTAIN,
			Kpi.INCIDENT_HOURS_TO_RESOLVE);

	private final KpiService kpis;

	TeamKpiView(KpiService kpis) {
		this.kpis = kpis;
	}

	/**
	 * The team's KPI cells, in the order shown.
	 */
	public List<?> of(UUID team) {
		KpiSet set = this.kpis.team(team);
		KpiLinks links = KpiLinks.team(team);
		return SHOWN.stream().map((kpi) -> KpiCell.of(set.get(kpi), links)).toList();
	}

}
