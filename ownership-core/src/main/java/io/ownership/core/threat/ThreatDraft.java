package io.ownership.core.threat;

/**
 * A threat as typed: its STRIDE category, what could go wrong, how we ensure it does not
 * (the mitigation) with its ticket, and the status.
 */
public record ThreatDraft(Stride category, String whatCouldGoWrong, String howWeEnsure, String mitigationTicket,
		ThreatStatus status) {

}
