package io.ownership.core.gate;

import java.util.Objects;

/**
 * Why the gate fails or warns: a stable code, a sentence with names, and the page where
 * it is fixed (relative to the application).
 */
public record GateReason(ReasonCode code, String text, String link) {

	public GateReason {
		Objects.requireNonNull(code, "code");
		text = (text == null) ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
	}

}
