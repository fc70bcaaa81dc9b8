package io.ownership.core.risk.acceptance;

import java.time.LocalDate;

/**
 * What a risk owner asks for: why, which controls compensate, and until when (null for
 * the longest the guardrails allow).
 */
public record AcceptanceRequest(String justification, String compensatingControls, LocalDate expiresOn) {

}
