package io.ownership.core.audit;

import java.util.List;

import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: reads the history, newest first.
 */
public interface AuditQuery {

	Page<AuditRecord> search(AuditFilter filter, PageRequest page);

	/**
	 * The newest entries the filter selects, at most {@code limit}, with their changes,
	 * for an export: uncounted, read in one statement.
	 */
	List<AuditRecord> export(AuditFilter filter, int limit);

	/**
	 * The kinds of object that occur in the history, for the filter's choices.
	 */
	List<String> entityTypes();

}
