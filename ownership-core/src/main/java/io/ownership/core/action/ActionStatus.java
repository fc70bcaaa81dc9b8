package io.ownership.core.action;

/**
 * Whether a follow-up action is still to be done: open, done, or cancelled (no longer
 * needed); done and cancelled actions may be reopened.
 */
public enum ActionStatus {

	OPEN, DONE, CANCELLED

}
