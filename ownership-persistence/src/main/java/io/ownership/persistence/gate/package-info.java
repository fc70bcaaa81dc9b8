/**
 * The security gate's tables: API tokens, the gate policy, check runs, findings and
 * evaluations, read and written with {@code JdbcClient}.
 */
package io.ownership.persistence.gate;
