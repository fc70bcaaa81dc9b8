package io.ownership.core.program.training;

/**
 * The roles a learning path is defined for. A person's roles are derived from the catalog
 * and the program: see {@code docs/program.md}.
 */
public enum TrainingRole {

	DEVELOPER, CHAMPION, RISK_OWNER, PLATFORM_ENGINEER

}
