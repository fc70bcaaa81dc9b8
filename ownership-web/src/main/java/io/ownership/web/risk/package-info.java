/**
 * The risk register, the acceptance workflow's pages, guardrails, approvals and the
 * in-app inbox.
 */
package io.ownership.web.risk;
