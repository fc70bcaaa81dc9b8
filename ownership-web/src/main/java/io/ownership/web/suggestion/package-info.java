/**
 * Suggestions for the security program: submitting one, the filtered list (everyone's for
 * security managers and auditors, one's own for the others), a suggestion's page and the
 * security managers' decisions.
 */
package io.ownership.web.suggestion;
