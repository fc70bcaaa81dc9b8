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

	/**
	 * The account's version and whether it may log in, read in one small statement: a
	 * session compares it with the version it was opened or last refreshed with on each
	 * request, so that a change of roles or a deactivation counts at once.
	 */
	java.util.Optional<AccountStamp> stamp(String username);

	/**
	 * The version of an account (raised by every change to it) and whether it is active.
	 */
	record AccountStamp(long version, boolean active) {
	}

}
