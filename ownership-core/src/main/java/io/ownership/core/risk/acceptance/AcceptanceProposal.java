package io.ownership.core.risk.acceptance;

import java.time.LocalDate;
import java.util.Objects;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.risk.RiskSnapshot;

/**
 * An acceptance as it would be requested: the risk as it stands, the expiry asked for,
 * who asks, and today.
 */
public record AcceptanceProposal(RiskSnapshot risk, LocalDate expiresOn, PersonId requester, LocalDate today) {

	public AcceptanceProposal {
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(today, "today");
	}

}
