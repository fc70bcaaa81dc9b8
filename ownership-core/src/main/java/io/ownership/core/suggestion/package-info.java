/**
 * Suggestions for the security program (SEC11-BP08: "security suggestion and improvement
 * programs"): anyone submits one about a use case, training, tools, the guardrails or
 * anything else; security managers accept, decline (with a reason) or mark it done; the
 * submitter is told, and an accepted suggestion of a champion is a recognized
 * contribution.
 */
package io.ownership.core.suggestion;
