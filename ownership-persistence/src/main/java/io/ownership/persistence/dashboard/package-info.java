/**
 * The dashboard's KPIs as SQL projections (one statement per group of KPIs) and the store
 * of their daily snapshots.
 */
package io.ownership.persistence.dashboard;
