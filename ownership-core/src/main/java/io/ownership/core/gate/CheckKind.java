package io.ownership.core.gate;

/**
 * The kinds of security check a pipeline runs on an artifact.
 */
public enum CheckKind {

	SAST, SCA, CONTAINER_SCAN, SECRETS, IAC, DAST

}
