package io.ownership.core.gate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why the gate fails or warns: a stable code, a sentence with names, and the page where
 * it is fixed (relative to the application).
 */
public record GateReason(ReasonCode code, String text, String link) {

	/** Tabs and line breaks, which a reason's one line shows as one space. */
	private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n]+");

	public GateReason {
		Objects.requireNonNull(code, "code");
		text = (text == null) ? "" : BREAKS.matcher(text).replaceAll(" ");
	}

}
