/**
 * Escalation paths, the triggers' queries and the escalations raised, in SQL.
 */
package io.ownership.persistence.escalation;
