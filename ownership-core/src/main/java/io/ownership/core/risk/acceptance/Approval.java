package io.ownership.core.risk.acceptance;

import java.time.Instant;

/**
 * A security manager's approval of an escalated acceptance.
 */
public record Approval(String approver, Instant at, String comment) {

}
