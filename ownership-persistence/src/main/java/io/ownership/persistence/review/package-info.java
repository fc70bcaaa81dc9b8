/**
 * Reviews and retrospectives of teams with their participants, and their lists with names
 * and action counts, one statement each.
 */
package io.ownership.persistence.review;
