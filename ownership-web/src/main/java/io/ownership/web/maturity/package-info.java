/**
 * The maturity self-assessment's pages: a team's assessments with scores, trend and
 * targets, the answering and the review, the organization's matrix, models and targets.
 */
package io.ownership.web.maturity;
