/**
 * Only with the {@code bench} profile: the reference page of the benchmark and a count of
 * SQL statements, so that the benchmark can report statements per request.
 */
package io.ownership.web.bench;
