/**
 * A team's periodic security reviews and retrospectives of its ownership (SEC11-BP08:
 * "regular security reviews and retrospectives"): kind, date, participants, notes, and
 * the follow-up actions opened from them through the one action mechanism.
 */
package io.ownership.core.review;
