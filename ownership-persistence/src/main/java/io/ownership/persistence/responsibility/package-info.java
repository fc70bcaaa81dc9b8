/**
 * PostgreSQL adapters of the responsibility feature: use cases, matrix drafts, published
 * versions and the per-product reads, each a fixed number of statements.
 */
package io.ownership.persistence.responsibility;
