package io.ownership.core.risk;

import java.time.Instant;

/**
 * A security manager's approval of an escalated acceptance.
 */
public record Approval(String approver, Instant at, String comment) {

}
