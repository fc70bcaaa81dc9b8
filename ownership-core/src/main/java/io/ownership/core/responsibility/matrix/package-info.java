/**
 * Responsibility matrices: a use case's activities and parties, the RACI cells between
 * them, the rules a matrix must keep (one accountable per activity, ...), drafts and
 * published versions.
 */
package io.ownership.core.responsibility.matrix;
