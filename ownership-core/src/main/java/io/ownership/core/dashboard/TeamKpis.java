package io.ownership.core.dashboard;

import java.util.UUID;

import io.ownership.core.catalog.TeamKind;

/**
 * A team's KPIs, counted over the products it owns, its members and its champions.
 */
public record TeamKpis(UUID id, String name, TeamKind kind, KpiSet kpis) {

}
