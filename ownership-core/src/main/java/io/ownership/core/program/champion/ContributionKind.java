package io.ownership.core.program.champion;

/**
 * The kinds of contribution a champion is recognized for; each earns the points the
 * security managers set for it.
 */
public enum ContributionKind {

	THREAT_MODEL_FACILITATED, SECURITY_REVIEW, TRAINING_GIVEN, INCIDENT_HELP, COMMUNITY_TALK, OTHER,

	/** A suggestion for the security program that security managers accepted. */
	SUGGESTION_ACCEPTED

}
