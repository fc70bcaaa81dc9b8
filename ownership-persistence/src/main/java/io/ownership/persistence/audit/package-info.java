/**
 * Appends to and reads the history tables; there is no statement here that updates or
 * deletes.
 */
package io.ownership.persistence.audit;
