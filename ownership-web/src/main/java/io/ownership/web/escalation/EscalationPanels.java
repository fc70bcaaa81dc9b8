package io.ownership.web.escalation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.escalation.EscalationQuery;
import io.ownership.core.escalation.EscalationRow;

import org.springframework.stereotype.Component;

/**
 * The open escalations that the home page, the product page and the team page show, read
 * by their fragments ({@code @escalationPanels}), one statement each.
 */
@Component("escalationPanels")
public class EscalationPanels {

	private final EscalationQuery query;

	private final Clock clock;

	EscalationPanels(EscalationQuery query, Clock clock) {
		this.query = query;
		this.clock = clock;
	}

	public List<EscalationRow> toldTo(String username) {
		return this.query.toldTo(username, this.clock.instant());
	}

	public List<EscalationRow> ofProduct(UUID product) {
		return this.query.openForProduct(new ProductId(product), this.clock.instant());
	}

	public List<EscalationRow> ofTeam(UUID team) {
		return this.query.openForTeam(new TeamId(team), this.clock.instant());
	}

}
