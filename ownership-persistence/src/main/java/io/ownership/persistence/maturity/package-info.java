/**
 * Maturity models, assessments with their answers, and targets in PostgreSQL through
 * JdbcClient.
 */
package io.ownership.persistence.maturity;
