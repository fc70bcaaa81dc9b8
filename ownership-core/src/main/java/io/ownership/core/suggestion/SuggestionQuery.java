package io.ownership.core.suggestion;

import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: suggestions as a filtered list, the newest first, one statement per page (and one
 * for the total).
 */
public interface SuggestionQuery {

	Page<SuggestionRow> list(SuggestionFilter filter, PageRequest page);

	/** The submitter's name (the person's, else the account's display name). */
	String nameOf(String username);

}
