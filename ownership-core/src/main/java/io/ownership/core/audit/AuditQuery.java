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
	 * The kinds of object that occur in the history, for the filter's choices.
	 */
	List<String> entityTypes();

}
