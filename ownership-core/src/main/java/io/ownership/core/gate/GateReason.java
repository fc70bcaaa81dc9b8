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
		text = (text == null) ? "" : hasBreak(text) ? BREAKS.matcher(text).replaceAll(" ") : text;
	}

	/**
	 * Whether the text holds a tab or line break (a plain scan: the pattern's search cost
	 * 3 % of an evaluation, on texts that hold none).
	 */
	private static boolean hasBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\r' || c == '\n') {
				return true;
			}
		}
		return false;
	}

}
