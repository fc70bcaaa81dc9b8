/**
 * Helpers for web tests: counting the SQL statements a request runs.
 */
package io.ownership.web.testing;
