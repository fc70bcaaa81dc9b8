package io.ownership.core.risk.acceptance;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.risk.AcceptanceStatus;

/**
 * An acceptance as a list shows it.
 *
 * @param requestedBy the name of the person who asked for it, or their user name when no
 * person is linked
 * @param coversToday whether it counts as cover on the day asked: active, not marked for
 * review, not past its date (docs/risk.md)
 */
public record AcceptanceRow(UUID id, UUID riskId, String riskTitle, AcceptanceStatus status, String requestedBy,
		LocalDate expiresOn, boolean markedForReview, boolean coversToday, long version) {

}
