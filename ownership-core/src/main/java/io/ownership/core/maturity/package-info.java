/**
 * Team security maturity self-assessment in the structure of OWASP SAMM 2 (business
 * functions, practices, streams, maturity levels, activities): models as versioned data,
 * assessments per team and quarter with their review, scores and targets.
 */
package io.ownership.core.maturity;
