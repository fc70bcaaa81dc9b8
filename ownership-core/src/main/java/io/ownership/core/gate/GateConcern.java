package io.ownership.core.gate;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.risk.RiskLevel;

/**
 * Something of the product's risks or findings that counts against the gate, as the
 * gate's query finds it.
 *
 * @param code the reason it gives
 * @param risk the risk concerned; for a finding, the product's risk (not closed) whose
 * reference names it, if one is registered, null otherwise
 * @param title the risk's title, or the finding's
 * @param level the risk's or finding's level
 * @param reference the finding's id (CVE, rule), null for a risk
 * @param detail the check kind of a finding, null otherwise
 * @param date the day an acceptance expired, null otherwise
 * @param total how many such concerns there are in all, of which only the first are read
 */
public record GateConcern(ReasonCode code, UUID risk, String title, RiskLevel level, String reference, String detail,
		LocalDate date, int total) {

}
