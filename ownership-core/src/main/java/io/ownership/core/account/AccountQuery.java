package io.ownership.core.account;

import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: lists accounts for the administration pages.
 *
 * @see AccountSummary
 */
public interface AccountQuery {

	/**
	 * Accounts whose user name or display name contains {@code text} (any case), by user
	 * name.
	 */
	Page<AccountSummary> search(String text, PageRequest page);

}
