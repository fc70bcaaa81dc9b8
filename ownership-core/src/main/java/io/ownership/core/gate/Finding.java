package io.ownership.core.gate;

import java.util.Objects;

import io.ownership.core.risk.RiskLevel;

/**
 * One finding of a check run: what the tool calls it (a CVE id, a rule id), a title, its
 * severity as a risk level, and where it was found.
 */
public record Finding(String id, String title, RiskLevel level, String location) {

	public Finding {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(level, "level");
		id = cut(id, 300);
		title = cut((title == null || title.isBlank()) ? id : title, 1000);
		location = (location == null) ? null : cut(location, 1000);
	}

	private static String cut(String value, int length) {
		String stripped = value.strip();
		return (stripped.length() <= length) ? stripped : stripped.substring(0, length);
	}

}
