package io.ownership.core.gate;

/**
 * A token just created with its secret, which is shown this once and never again.
 */
public record IssuedToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[" + this.token.prefix() + "]";
	}

}
