package io.ownership.core.incident;

import java.util.Locale;

/**
 * Where an incident stands: open until contained, contained until resolved, resolved
 * until closed (once its post-mortem is written).
 */
public enum IncidentStatus {

	OPEN, CONTAINED, RESOLVED, CLOSED;

	/**
	 * The status as a person reads it in a history: "Contained".
	 */
	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

}
