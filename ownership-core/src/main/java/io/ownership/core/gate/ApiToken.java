package io.ownership.core.gate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.shared.InvalidInputException;

/**
 * A credential a delivery pipeline presents as a bearer token. Only the SHA-256 hash of
 * its secret is kept; the short prefix identifies it on pages. A token is valid until it
 * expires (its last valid day is {@code expiresOn}) or is revoked, whichever comes first.
 */
public final class ApiToken {

	/** How often a token's use is written at most. */
	static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final ApiTokenId id;

	private final String name;

	private final String prefix;

	private final String secretHash;

	private final TokenScope scope;

	private final Set<TokenPermission> permissions;

	private final String createdBy;

	private final Instant createdAt;

	private final LocalDate expiresOn;

	private Instant revokedAt;

	private String revokedBy;

	private Instant lastUsedAt;

	public ApiToken(ApiTokenId id, String name, String prefix, String secretHash, TokenScope scope,
			Set<TokenPermission> permissions, String createdBy, Instant createdAt, LocalDate expiresOn,
			Instant revokedAt, String revokedBy) {
		this(id, name, prefix, secretHash, scope, permissions, createdBy, createdAt, expiresOn, revokedAt, revokedBy,
				null);
	}

	public ApiToken(ApiTokenId id, String name, String prefix, String secretHash, TokenScope scope,
			Set<TokenPermission> permissions, String createdBy, Instant createdAt, LocalDate expiresOn,
			Instant revokedAt, String revokedBy, Instant lastUsedAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name;
		this.prefix = prefix;
		this.secretHash = secretHash;
		this.scope = scope;
		this.permissions = Set.copyOf(permissions);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresOn = expiresOn;
		this.revokedAt = revokedAt;
		this.revokedBy = revokedBy;
		this.lastUsedAt = lastUsedAt;
	}

	/**
	 * Whether a pipeline may still use it on {@code today}.
	 */
	public boolean isValidOn(LocalDate today) {
		return this.revokedAt == null && !today.isAfter(this.expiresOn);
	}

	/**
	 * Stops the token at once; a token revoked before is refused.
	 */
	public void revoke(String by, Instant at) {
		if (this.revokedAt != null) {
			throw new InvalidInputException(null, "token.revoke.already", "This token is revoked already");
		}
		this.revokedAt = at;
		this.revokedBy = by;
	}

	/**
	 * Notes a use at {@code now}; true when the use is worth recording, that is when the
	 * last recorded one is a minute old or more (or there is none), so that a busy
	 * pipeline does not write on every call.
	 */
	public boolean use(Instant now) {
		if (this.lastUsedAt != null && this.lastUsedAt.isAfter(now.minus(USE_RECORDED_EVERY))) {
			return false;
		}
		this.lastUsedAt = now;
		return true;
	}

	public TokenGrant grant() {
		return new TokenGrant(this.id, this.name, this.scope, this.permissions, this.createdBy);
	}

	public ApiTokenId id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String prefix() {
		return this.prefix;
	}

	public String secretHash() {
		return this.secretHash;
	}

	public TokenScope scope() {
		return this.scope;
	}

	public Set<TokenPermission> permissions() {
		return this.permissions;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public LocalDate expiresOn() {
		return this.expiresOn;
	}

	public Instant revokedAt() {
		return this.revokedAt;
	}

	public String revokedBy() {
		return this.revokedBy;
	}

	public Instant lastUsedAt() {
		return this.lastUsedAt;
	}

}
