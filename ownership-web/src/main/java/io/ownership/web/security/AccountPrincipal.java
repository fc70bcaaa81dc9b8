package io.ownership.web.security;

/**
 * A principal this application created at a login (password or single sign-on), carrying
 * the version the account had then. {@link AccountSessionFilter} compares it with the
 * account's version in the database on each request.
 */
interface AccountPrincipal {

	long accountVersion();

}
