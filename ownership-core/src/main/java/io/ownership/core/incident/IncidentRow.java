package io.ownership.core.incident;

import java.time.Instant;
import java.util.UUID;

import io.ownership.core.risk.RiskLevel;

/**
 * An incident as lists show it, with names; whether its post-mortem is written.
 */
public record IncidentRow(IncidentId id, String title, UUID productId, String productName, UUID teamId, String teamName,
		RiskLevel severity, IncidentStatus status, Instant detectedAt, Instant containedAt, Instant resolvedAt,
		boolean postMortem) {

}
