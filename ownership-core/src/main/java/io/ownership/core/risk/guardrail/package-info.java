/**
 * Guardrails: the organization's and a product's limits (level, expiry, who may decide)
 * within which a risk owner accepts a risk alone, the risk matrix that gives a level, and
 * the evaluation that says why a request is inside or outside them.
 */
package io.ownership.core.risk.guardrail;
