/**
 * Backlog items, threat models and their reads, with {@code JdbcClient}.
 */
package io.ownership.persistence.threat;
