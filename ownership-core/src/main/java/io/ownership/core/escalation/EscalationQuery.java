package io.ownership.core.escalation;

import java.time.Instant;
import java.util.List;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;

/**
 * Port: open escalations that someone was told of, as lists, one statement each, longest
 * waiting first.
 */
public interface EscalationQuery {

	List<EscalationRow> openForProduct(ProductId product, Instant now);

	/** Of the team's products and of the team's own items. */
	List<EscalationRow> openForTeam(TeamId team, Instant now);

	/** The ones the user was told of. */
	List<EscalationRow> toldTo(String username, Instant now);

}
