package io.ownership.core.catalog;

/**
 * What a team does in the organization.
 */
public enum TeamKind {

	DEVELOPMENT, PLATFORM, SECURITY, OPERATIONS, OTHER

}
