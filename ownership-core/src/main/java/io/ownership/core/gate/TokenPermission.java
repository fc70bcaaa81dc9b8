package io.ownership.core.gate;

import java.util.Optional;

/**
 * What a pipeline may do with a token: report check runs and ask the gate, read, or
 * register and change risks, or triage backlog items.
 */
public enum TokenPermission {

	GATE("gate"), READ("read"), WRITE_RISKS("write-risks"), WRITE_BACKLOG("write-backlog");

	private final String code;

	TokenPermission(String code) {
		this.code = code;
	}

	/**
	 * The name pipelines and pages use, such as {@code write-risks}.
	 */
	public String code() {
		return this.code;
	}

	public static Optional<TokenPermission> ofCode(String code) {
		for (TokenPermission permission : values()) {
			if (permission.code.equals(code) || permission.name().equals(code)) {
				return Optional.of(permission);
			}
		}
		return Optional.empty();
	}

}
