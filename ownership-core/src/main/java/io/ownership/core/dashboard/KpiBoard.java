package io.ownership.core.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

/**
 * Every KPI for the organization, per team (by name) and per product kind, on one day.
 */
public record KpiBoard(KpiSet organization, List<TeamKpis> teams, Map<ProductKind, KpiSet> kinds) {

	public KpiBoard {
		teams = List.copyOf(teams);
		kinds = Map.copyOf(kinds);
	}

	public KpiSet kind(ProductKind kind) {
		return this.kinds.getOrDefault(kind, KpiSet.empty());
	}

	public Optional<TeamKpis> team(UUID id) {
		return this.teams.stream().filter((team) -> team.id().equals(id)).findFirst();
	}

	/**
	 * The median over the teams of a KPI's figure (teams where it measures nothing left
	 * out), or null when no team has one.
	 */
	public Double median(Kpi kpi) {
		List<Double> figures = new ArrayList<>(
				this.teams.stream().map((team) -> team.kpis().get(kpi).figure()).filter(Objects::nonNull).toList());
		if (figures.isEmpty()) {
			return null;
		}
		Collections.sort(figures);
		int middle = figures.size() / 2;
		return (figures.size() % 2 == 1) ? figures.get(middle) : (figures.get(middle - 1) + figures.get(middle)) / 2;
	}

}
