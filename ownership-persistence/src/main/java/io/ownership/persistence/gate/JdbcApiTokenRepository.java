package io.ownership.persistence.gate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.gate.ApiToken;
import io.ownership.core.gate.ApiTokenId;
import io.ownership.core.gate.ApiTokenRepository;
import io.ownership.core.gate.ApiTokenRow;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens in {@code api_token}; permissions are kept as a comma-separated list of
 * their names. Each method but {@link #findByHash} (every API request's, outside a
 * transaction) runs in a transaction, read-only when it reads.
 */
@Repository
class JdbcApiTokenRepository implements ApiTokenRepository {

	private final JdbcClient jdbc;

	private final GateData kept;

	/** The last use this instance wrote, per token. */
	private final ConcurrentMap<ApiTokenId, Instant> usesWritten = new ConcurrentHashMap<>();

	JdbcApiTokenRepository(JdbcClient jdbc, GateData kept) {
		this.jdbc = jdbc;
		this.kept = kept;
	}

	@Override
	@Transactional
	public void add(ApiToken token) {
		this.jdbc.sql("""
				insert into api_token (id, name, prefix, secret_hash, scope_kind, product_id, team_id, permissions,
				  created_by, created_at, expires_on)
				values (:id, :name, :prefix, :hash, :kind, :product, :team, :permissions, :createdBy, :createdAt,
				  :expiresOn)
				""")
			.param("id", token.id().value())
			.param("name", token.name())
			.param("prefix", token.prefix())
			.param("hash", token.secretHash())
			.param("kind", token.scope().kind().name())
			.param("product", (token.scope().kind() == TokenScope.Kind.PRODUCT) ? token.scope().target() : null)
			.param("team", (token.scope().kind() == TokenScope.Kind.TEAM) ? token.scope().target() : null)
			.param("permissions",
					token.permissions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("createdBy", token.createdBy())
			.param("createdAt", Timestamp.from(token.createdAt()))
			.param("expiresOn", token.expiresOn())
			.update();
	}

	@Override
	@Transactional
	public void saveRevocation(ApiToken token) {
		this.jdbc.sql("update api_token set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
			.param("at", Timestamp.from(token.revokedAt()))
			.param("by", token.revokedBy())
			.param("id", token.id().value())
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApiToken> findById(ApiTokenId id) {
		return this.jdbc.sql("select * from api_token where id = :id")
			.param("id", id.value())
			.query(this::token)
			.optional();
	}

	/**
	 * Outside a transaction: one statement at most (the version check), none to begin or
	 * commit.
	 */
	@Override
	public Optional<ApiToken> findByHash(String secretHash) {
		Optional<ApiToken> kept = this.kept.get(new HashKey(secretHash),
				() -> this.jdbc.sql("select * from api_token where secret_hash = :hash")
					.param("hash", secretHash)
					.query(this::token)
					.optional());
		return kept.map(this::copy);
	}

	/**
	 * What {@link #findByHash} is kept under (in {@link GateData}: a revoked token is
	 * refused on the next call, on every instance).
	 */
	private record HashKey(String secretHash) {
	}

	/**
	 * A copy of a kept token: a token records its use, the kept one stays as read. Its
	 * last use is the later of the one read and the last one this instance wrote: writing
	 * the last use does not move the area {@code gate} (V104), so the kept token is not
	 * read again for it.
	 */
	private ApiToken copy(ApiToken token) {
		Instant written = this.usesWritten.get(token.id());
		Instant lastUsed = (written != null && (token.lastUsedAt() == null || written.isAfter(token.lastUsedAt())))
				? written : token.lastUsedAt();
		return new ApiToken(token.id(), token.name(), token.prefix(), token.secretHash(), token.scope(),
				token.permissions(), token.createdBy(), token.createdAt(), token.expiresOn(), token.revokedAt(),
				token.revokedBy(), lastUsed);
	}

	@Override
	@Transactional
	public void markUsed(ApiTokenId id, Instant at) {
		this.jdbc.sql("""
				update api_token set last_used_at = :at
				where id = :id and (last_used_at is null or last_used_at < :minuteAgo)
				""")
			.param("at", Timestamp.from(at))
			.param("minuteAgo", Timestamp.from(at.minus(1, ChronoUnit.MINUTES)))
			.param("id", id.value())
			.update();
		if (this.usesWritten.size() >= GateData.MAX_VALUES) {
			this.usesWritten.clear();
		}
		this.usesWritten.put(id, at);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiTokenRow> visibleTo(String username, PersonId person, boolean all, int limit) {
		return this.jdbc.sql("""
				select t.*, coalesce(p.name, tm.name) as scope_name
				from api_token t
				left join product p on p.id = t.product_id
				left join team tm on tm.id = t.team_id
				where :all or t.created_by = :username
				   or (p.product_owner_id = :person or p.risk_owner_id = :person)
				order by (t.revoked_at is null) desc, t.created_at desc
				limit :limit
				""")
			.param("all", all)
			.param("username", username)
			.param("person", (person == null) ? null : person.value(), java.sql.Types.OTHER)
			.param("limit", limit)
			.query((rs, n) -> new ApiTokenRow(new ApiTokenId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("prefix"), TokenScope.Kind.valueOf(rs.getString("scope_kind")),
					rs.getString("scope_name"), permissions(rs.getString("permissions")), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant(), rs.getObject("expires_on", java.time.LocalDate.class),
					instant(rs, "revoked_at"), instant(rs, "last_used_at")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean ownsAllProductsOf(UUID team, PersonId person) {
		return this.jdbc.sql("""
				select count(*) > 0 and bool_and(product_owner_id = :person or risk_owner_id = :person)
				from product where owning_team_id = :team and not archived
				""").param("team", team).param("person", person.value()).query(Boolean.class).optional().orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> teamName(UUID team) {
		return this.jdbc.sql("select name from team where id = :id").param("id", team).query(String.class).optional();
	}

	private ApiToken token(ResultSet rs, int row) throws SQLException {
		TokenScope.Kind kind = TokenScope.Kind.valueOf(rs.getString("scope_kind"));
		UUID target = switch (kind) {
			case PRODUCT -> rs.getObject("product_id", UUID.class);
			case TEAM -> rs.getObject("team_id", UUID.class);
			case ALL -> null;
		};
		return new ApiToken(new ApiTokenId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("prefix"), rs.getString("secret_hash"), new TokenScope(kind, target),
				permissions(rs.getString("permissions")), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("expires_on", java.time.LocalDate.class),
				instant(rs, "revoked_at"), rs.getString("revoked_by"), instant(rs, "last_used_at"));
	}

	private static Set<TokenPermission> permissions(String names) {
		Set<TokenPermission> permissions = EnumSet.noneOf(TokenPermission.class);
		Arrays.stream(names.split(","))
			.filter((name) -> !name.isBlank())
			.map(TokenPermission::valueOf)
			.forEach(permissions::add);
		return permissions;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value == null) ? null : value.toInstant();
	}

}
