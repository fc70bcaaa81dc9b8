package io.ownership.core.gate;

import java.util.Objects;
import java.util.UUID;

/**
 * Which products a token opens: one product, the products of one team, or all products.
 *
 * @param kind how far it reaches
 * @param target the product or team, null for all products
 */
public record TokenScope(Kind kind, UUID target) {

	public TokenScope {
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.ALL) != (target == null)) {
			throw new IllegalArgumentException("A product or team scope names its target, the whole scope none");
		}
	}

	public static final TokenScope ALL = new TokenScope(Kind.ALL, null);

	/**
	 * Whether a product owned by {@code team} (null when it has none) is inside the
	 * scope.
	 */
	public boolean covers(UUID product, UUID team) {
		return switch (this.kind) {
			case ALL -> true;
			case PRODUCT -> this.target.equals(product);
			case TEAM -> this.target.equals(team);
		};
	}

	/**
	 * How far a token reaches.
	 */
	public enum Kind {

		PRODUCT, TEAM, ALL

	}

}
