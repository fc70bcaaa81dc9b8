package io.ownership.core.gate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;
import jakarta.transaction.Transactional;

/**
 * Security managers create tokens for any product, team or all products; a product owner
 * for the products whose product or risk owner they are (and for a team whose products
 * they all own). The secret is 256 random bits, returned once; only its SHA-256 hash is
 * stored. Creating and revoking are in the history. Each use case but
 * {@link #authenticate} runs in a transaction.
 */
public class ApiTokenService {

	/** The prefix every secret starts with, so that secret scanners recognize it. */
	public static final String SECRET_PREFIX = "own_";

	static final int DEFAULT_DAYS = 90;

	static final int MAX_DAYS = 365;

	private static final int NAME_LENGTH = 120;

	private static final MessageDigest SHA_256;

	static {
		try {
			SHA_256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final ApiTokenRepository tokens;

	private final RiskAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	public ApiTokenService(ApiTokenRepository tokens, RiskAccess access, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken create(Actor actor, NewApiToken command) {
		requireCreator(actor);
		String name = (command.name() == null) ? "" : command.name().strip();
		if (name.isEmpty() || name.length() > NAME_LENGTH) {
			throw new InvalidInputException("name", "token.name.required", "Name the token, in at most 120 characters");
		}
		if (command.permissions().isEmpty()) {
			throw new InvalidInputException("permissions", "token.permissions.required",
					"Choose at least one permission");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate expiresOn = (command.expiresOn() == null) ? today.plusDays(DEFAULT_DAYS) : command.expiresOn();
		if (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
			throw new InvalidInputException("expiresOn", "token.expiresOn.range",
					"Between tomorrow and one year from today", today.plusDays(1), today.plusDays(MAX_DAYS));
		}
		if (command.scope() == null) {
			throw new InvalidInputException("scope", "token.scope.required", "Choose what the token opens");
		}
		String scopeName = requireScope(actor, command.scope());
		String secret = newSecret();
		ApiToken token = new ApiToken(ApiTokenId.random(), name, secret.substring(0, SECRET_PREFIX.length() + 8),
				hash(secret), command.scope(), command.permissions(), actor.username(), this.clock.instant(), expiresOn,
				null, null);
		this.tokens.add(token);
		this.audit.record(AuditEntry.of(token.createdAt(), actor.username(), "token.created")
			.entity("ApiToken", token.id())
			.summary("API token " + name + " (" + token.prefix() + "…) created for " + scopeName)
			.change("permissions", null, codes(token))
			.change("expiresOn", null, expiresOn)
			.build());
		return new IssuedToken(token, secret);
	}

	@Transactional
	public void revoke(Actor actor, ApiTokenId id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new NotFoundException("API token", id));
		if (!mayRevoke(actor, token)) {
			throw new ForbiddenException("token.forbidden.revoke",
					"Only its creator, the product's owners and security managers revoke a token");
		}
		Instant now = this.clock.instant();
		token.revoke(actor.username(), now);
		this.tokens.saveRevocation(token);
		this.audit.record(AuditEntry.of(now, actor.username(), "token.revoked")
			.entity("ApiToken", token.id())
			.summary("API token " + token.name() + " (" + token.prefix() + "…) revoked")
			.build());
	}

	/**
	 * The grant of a presented secret, when it names a token that is neither expired nor
	 * revoked; records the use when the last recorded one is a minute old (one statement
	 * per call, two at most once a minute). It reads outside a transaction: the kept
	 * token costs the request's version check alone, and the use is written in its own.
	 */
	public Optional<TokenGrant> authenticate(String presented) {
		if (presented == null || !presented.startsWith(SECRET_PREFIX) || presented.length() > 200) {
			return Optional.empty();
		}
		Optional<ApiToken> token = this.tokens.findByHash(hash(presented))
			.filter((candidate) -> candidate.isValidOn(LocalDate.now(this.clock)));
		Instant now = this.clock.instant();
		token.filter((valid) -> valid.use(now)).ifPresent((used) -> this.tokens.markUsed(used.id(), now));
		return token.map(ApiToken::grant);
	}

	@Transactional
	public List<ApiTokenRow> visibleTo(Actor actor) {
		PersonId person = this.access.personOf(actor).orElse(null);
		return this.tokens.visibleTo(actor.username(), person, actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR), 500);
	}

	public boolean mayCreate(Actor actor) {
		return actor.hasAny(Role.SECURITY_MANAGER, Role.PRODUCT_OWNER);
	}

	private void requireCreator(Actor actor) {
		if (!mayCreate(actor)) {
			throw new ForbiddenException("token.forbidden.create",
					"Only security managers and product owners create API tokens");
		}
	}

	/**
	 * The name of what the scope opens, when the actor may give it.
	 */
	private String requireScope(Actor actor, TokenScope scope) {
		boolean manager = actor.has(Role.SECURITY_MANAGER);
		switch (scope.kind()) {
			case ALL -> {
				if (!manager) {
					throw new InvalidInputException("scope", "token.scope.allForManagers",
							"Only security managers create tokens for all products");
				}
				return "all products";
			}
			case PRODUCT -> {
				Product product;
				try {
					product = this.access.product(new ProductId(scope.target()));
				}
				catch (NotFoundException ex) {
					throw new InvalidInputException("product", "token.product.unknown", "Choose a product");
				}
				if (!this.access.mayMaintain(actor, product)) {
					throw new InvalidInputException("product", "token.product.notOwn",
							"You create tokens only for the products you own");
				}
				return product.name();
			}
			default -> {
				String team = this.tokens.teamName(scope.target())
					.orElseThrow(() -> new InvalidInputException("team", "token.team.unknown", "Choose a team"));
				Optional<PersonId> person = this.access.personOf(actor);
				if (!manager && (person.isEmpty() || !this.tokens.ownsAllProductsOf(scope.target(), person.get()))) {
					throw new InvalidInputException("team", "token.team.notOwn",
							"You create team tokens only for teams whose products you all own");
				}
				return "the products of " + team;
			}
		}
	}

	private boolean mayRevoke(Actor actor, ApiToken token) {
		if (actor.has(Role.SECURITY_MANAGER) || actor.username().equals(token.createdBy())) {
			return true;
		}
		if (token.scope().kind() == TokenScope.Kind.PRODUCT && actor.has(Role.PRODUCT_OWNER)) {
			try {
				return this.access.mayMaintain(actor, this.access.product(new ProductId(token.scope().target())));
			}
			catch (NotFoundException ex) {
				return false;
			}
		}
		return false;
	}

	private String newSecret() {
		byte[] prefix = new byte[4];
		byte[] secret = new byte[32];
		this.random.nextBytes(prefix);
		this.random.nextBytes(secret);
		return SECRET_PREFIX + HexFormat.of().formatHex(prefix) + "_"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private static String codes(ApiToken token) {
		return token.permissions().stream().sorted().map(TokenPermission::code).collect(Collectors.joining(", "));
	}

	/**
	 * The SHA-256 of a secret, in hex. A hash without salt or stretching is enough for a
	 * secret of 256 random bits: there is no dictionary to try.
	 */
	static String hash(String secret) {
		return HexFormat.of().formatHex(sha256().digest(secret.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A new SHA-256 digest, a copy of one looked up once (a lookup walks the security
	 * providers on every call).
	 */
	private static MessageDigest sha256() {
		try {
			return (MessageDigest) SHA_256.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
