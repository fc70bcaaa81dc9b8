/**
 * The organization's accountability KPIs (AWS Well-Architected SEC11-BP08): their
 * definitions, the query port that counts them, and the daily snapshots their trends
 * read.
 */
package io.ownership.core.dashboard;
