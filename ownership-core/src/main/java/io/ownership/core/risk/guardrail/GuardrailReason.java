package io.ownership.core.risk.guardrail;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired, with the values that made it fire (for the message).
 */
public record GuardrailReason(GuardrailRule rule, List<String> arguments) {

	public GuardrailReason {
		Objects.requireNonNull(rule, "rule");
		arguments = (arguments == null) ? List.of() : List.copyOf(arguments);
	}

	public GuardrailReason(GuardrailRule rule, String... arguments) {
		this(rule, List.of(arguments));
	}

	/**
	 * The reason as stored: the rule, then its arguments, separated by {@code |}.
	 */
	public String encode() {
		return (this.arguments.isEmpty()) ? this.rule.name()
				: this.rule.name() + "|" + String.join("|", this.arguments);
	}

	public static GuardrailReason decode(String text) {
		String[] parts = text.split("\\|");
		return new GuardrailReason(GuardrailRule.valueOf(parts[0]), List.of(parts).subList(1, parts.length));
	}

	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
