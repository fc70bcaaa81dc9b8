package io.ownership.core.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A token as the token page lists it, with the name of the product or team it opens.
 */
public record ApiTokenRow(ApiTokenId id, String name, String prefix, TokenScope.Kind scopeKind, String scopeName,
		Set<TokenPermission> permissions, String createdBy, Instant createdAt, LocalDate expiresOn, Instant revokedAt,
		Instant lastUsedAt) {

	public ApiTokenRow {
		permissions = Set.copyOf(permissions);
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

	public boolean expiredOn(LocalDate today) {
		return today.isAfter(this.expiresOn);
	}

}
