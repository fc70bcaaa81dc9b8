package io.ownership.core.audit;

import java.util.List;

/**
 * An entry as read back from the history, with its sequence number.
 */
public record AuditRecord(long id, AuditEntry entry) {

	public List<FieldChange> changes() {
		return this.entry.changes();
	}

}
