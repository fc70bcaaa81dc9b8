package io.ownership.core.gate;

import java.util.Objects;
import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.ForbiddenException;

/**
 * What a valid token presented by a pipeline allows: its scope and permissions. The
 * token's name is what the history shows for its calls.
 *
 * @param id the token
 * @param name its name, such as "Shop pipeline"
 * @param scope the products it opens
 * @param permissions what it may do
 * @param createdBy the user name of who created it, on whose rights risk writes run
 */
public record TokenGrant(ApiTokenId id, String name, TokenScope scope, Set<TokenPermission> permissions,
		String createdBy) {

	public TokenGrant {
		Objects.requireNonNull(id, "id");
		permissions = Set.copyOf(permissions);
	}

	public void require(TokenPermission permission) {
		if (!this.permissions.contains(permission)) {
			throw new ForbiddenException("api.forbidden.permission",
					"This token lacks the " + permission.code() + " permission", permission.code());
		}
	}

	public void requireScope(ProductId product, TeamId team) {
		if (!this.scope.covers(product.value(), (team == null) ? null : team.value())) {
			throw new ForbiddenException("api.forbidden.scope", "This product is outside the token's scope");
		}
	}

	/**
	 * How the history names a call made with this token.
	 */
	public String label() {
		return "token " + this.name;
	}

}
