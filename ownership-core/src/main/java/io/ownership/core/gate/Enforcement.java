package io.ownership.core.gate;

/**
 * What a condition of the policy does to the gate: fail it, or only warn.
 */
public enum Enforcement {

	WARN, FAIL;

	public Enforcement stricter(Enforcement other) {
		return (other == null || compareTo(other) >= 0) ? this : other;
	}

}
