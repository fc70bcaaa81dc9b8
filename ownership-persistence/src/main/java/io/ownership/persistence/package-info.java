/**
 * PostgreSQL adapters of the core's ports: JPA entities and repositories for aggregates,
 * SQL projections for lists, Flyway migrations for the schema.
 */
package io.ownership.persistence;
