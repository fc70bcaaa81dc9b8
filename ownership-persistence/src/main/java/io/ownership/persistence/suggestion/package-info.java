/**
 * Suggestions for the security program, their filtered list with the submitters' names,
 * and the champion a submitter is.
 */
package io.ownership.persistence.suggestion;
