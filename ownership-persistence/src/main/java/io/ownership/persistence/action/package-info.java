/**
 * Follow-up actions in PostgreSQL through JdbcClient.
 */
package io.ownership.persistence.action;
