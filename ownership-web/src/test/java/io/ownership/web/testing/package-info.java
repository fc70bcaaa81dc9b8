/**
 * Helpers for the web module's tests: counting the SQL statements a request runs.
 */
package io.ownership.web.testing;
