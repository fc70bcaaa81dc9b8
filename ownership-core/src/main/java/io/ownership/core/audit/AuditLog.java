package io.ownership.core.audit;

/**
 * Port: appends an entry to the history. Use cases call it inside their own transaction
 * so that a change and its record are stored together or not at all.
 */
public interface AuditLog {

	void record(AuditEntry entry);

}
