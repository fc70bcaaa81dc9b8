/**
 * {@code /audit}: the history, for auditors and administrators, read-only.
 */
package io.ownership.web.audit;
