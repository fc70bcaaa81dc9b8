package io.ownership.web.threat;

import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.threat.ThreatQuery;

import org.springframework.stereotype.Component;

/**
 * What other features' pages show of threat modeling, through one fragment include each
 * ({@code threat/fragments}): the figures of a product and of a team, and the threat a
 * risk came from. One statement each.
 */
@Component("threatViews")
public class ThreatViews {

	private final ThreatQuery query;

	ThreatViews(ThreatQuery query) {
		this.query = query;
	}

	public ThreatQuery.Figures ofProduct(UUID product) {
		return this.query.figures(ThreatQuery.Scope.of(new ProductId(product)));
	}

	public ThreatQuery.Figures ofTeam(UUID team) {
		return this.query.figures(ThreatQuery.Scope.of(new TeamId(team)));
	}

	public Optional<ThreatQuery.Origin> originOf(RiskId risk) {
		return this.query.originOf(risk);
	}

}
