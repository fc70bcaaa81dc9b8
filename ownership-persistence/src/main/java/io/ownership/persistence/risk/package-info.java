/**
 * Stores risks, guardrails and acceptances, and answers the register's queries.
 */
package io.ownership.persistence.risk;
