/**
 * The database itself: the embedded PostgreSQL server used when no external one is
 * configured, and the start-up message when a configured one cannot be reached.
 */
package io.ownership.persistence.database;
