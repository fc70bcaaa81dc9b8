package io.ownership.core.action;

/**
 * Whether a follow-up action is still to be done.
 */
public enum ActionStatus {

	OPEN, DONE

}
