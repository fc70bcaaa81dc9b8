/**
 * Security incidents and post-mortems in PostgreSQL
 * ({@code V96__security_incidents.sql}), through {@code JdbcClient}.
 */
package io.ownership.persistence.incident;
