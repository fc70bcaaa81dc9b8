package io.ownership.core.incident;

import java.time.Instant;

import io.ownership.core.shared.InvalidInputException;

/**
 * When an incident was detected, contained and resolved: detected is required, contained
 * is not before detected, resolved is not before contained (and needs it), and none is in
 * the future. Each refusal names its field.
 */
public record IncidentTimes(Instant detectedAt, Instant containedAt, Instant resolvedAt) {

	/**
	 * Checks the order of the times against now.
	 * @throws InvalidInputException naming {@code detectedAt}, {@code containedAt} or
	 * {@code resolvedAt}
	 */
	public IncidentTimes checked(Instant now) {
		if (this.detectedAt == null) {
			throw new InvalidInputException("detectedAt", "input.required", "Required");
		}
		future("detectedAt", this.detectedAt, now);
		future("containedAt", this.containedAt, now);
		future("resolvedAt", this.resolvedAt, now);
		if (this.containedAt != null && this.containedAt.isBefore(this.detectedAt)) {
			throw new InvalidInputException("containedAt", "incident.containedAt.beforeDetected",
					"Contained cannot be before detected");
		}
		if (this.resolvedAt != null && this.containedAt == null) {
			throw new InvalidInputException("containedAt", "incident.containedAt.requiredWhenResolved",
					"A resolved incident was contained first: say when");
		}
		if (this.resolvedAt != null && this.resolvedAt.isBefore(this.containedAt)) {
			throw new InvalidInputException("resolvedAt", "incident.resolvedAt.beforeContained",
					"Resolved cannot be before contained");
		}
		return this;
	}

	private static void future(String field, Instant time, Instant now) {
		if (time != null && time.isAfter(now)) {
			throw new InvalidInputException(field, "incident.time.future", "Cannot be in the future");
		}
	}

	/**
	 * The status the times give: open, contained or resolved.
	 */
	IncidentStatus status() {
		if (this.resolvedAt != null) {
			return IncidentStatus.RESOLVED;
		}
		return (this.containedAt != null) ? IncidentStatus.CONTAINED : IncidentStatus.OPEN;
	}

}
