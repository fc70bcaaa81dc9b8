/**
 * Risks of products, the guardrails within which a risk owner decides alone, and the
 * acceptance workflow that escalates everything outside them.
 */
package io.ownership.core.risk;
