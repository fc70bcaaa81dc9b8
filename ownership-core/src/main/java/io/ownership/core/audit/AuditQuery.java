package io.ownership.core.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: reads the history, newest first.
 */
public interface AuditQuery {

	Page<AuditRecord> search(AuditFilter filter, PageRequest page);

	/**
	 * Hands the newest entries the filter selects, at most {@code limit}, newest first,
	 * to {@code each} one at a time as they are read, for an export: each with its
	 * changes and the current names of the identifiers they hold (those
	 * {@link RecordedNames} knows), read in one statement, uncounted, so that no export
	 * holds all its entries at once (issue 19: sixteen exports of 10,000 entries filled a
	 * 512 MiB heap).
	 */
	void export(AuditFilter filter, int limit, Consumer<Named> each);

	/**
	 * The kinds of object that occur in the history, for the filter's choices.
	 */
	List<String> entityTypes();

	/**
	 * An exported entry with the current names of the identifiers its changes hold.
	 */
	record Named(AuditRecord record, Map<UUID, String> names) {

	}

}
