package io.ownership.core.incident;

import java.util.Set;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;

/**
 * What a person records about an incident: title, description, severity, times, the
 * product's affected assets and related risks.
 */
public record IncidentDetails(String title, String description, RiskLevel severity, IncidentTimes times,
		Set<AssetId> assets, Set<RiskId> risks) {

	public IncidentDetails {
		assets = (assets == null) ? Set.of() : Set.copyOf(assets);
		risks = (risks == null) ? Set.of() : Set.copyOf(risks);
	}

}
