package io.ownership.core.gate;

/**
 * Whether a product's gate blocks: {@code ENFORCE} fails the pipeline; {@code WARN_ONLY}
 * passes it and says what would have failed, for a rollout.
 */
public enum GateMode {

	ENFORCE, WARN_ONLY

}
