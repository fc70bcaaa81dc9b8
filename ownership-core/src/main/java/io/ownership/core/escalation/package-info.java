/**
 * Escalation paths with timers: per use case, who is told next and after how long when an
 * item waits (a pending acceptance request, an overdue treatment plan, ...), and the job
 * that tells them, once per step.
 */
package io.ownership.core.escalation;
