package io.ownership.persistence.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.account.AccountId;
import io.ownership.core.account.AccountQuery;
import io.ownership.core.account.AccountRepository;
import io.ownership.core.account.AccountSummary;
import io.ownership.core.account.UserAccount;
import io.ownership.core.account.Username;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores accounts through JPA and lists them with two SQL statements whatever the page
 * size.
 */
@Repository
@Transactional(readOnly = true)
class JpaAccountRepository implements AccountRepository, AccountQuery {

	private final UserAccountJpaRepository jpa;

	private final JdbcClient jdbc;

	JpaAccountRepository(UserAccountJpaRepository jpa, JdbcClient jdbc) {
		this.jpa = jpa;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UserAccount> findById(AccountId id) {
		return this.jpa.findById(id.value()).map(JpaAccountRepository::toDomain);
	}

	@Override
	public Optional<UserAccount> findByUsername(String username) {
		return this.jpa.findByUsername(username).map(JpaAccountRepository::toDomain);
	}

	@Override
	public boolean existsByUsername(String username) {
		return this.jpa.existsByUsername(username);
	}

	@Override
	public Optional<AccountStamp> stamp(String username) {
		return this.jdbc.sql("select version, active from user_account where username = :username")
			.param("username", username)
			.query((rs, n) -> new AccountStamp(rs.getLong("version"), rs.getBoolean("active")))
			.optional();
	}

	@Override
	public boolean existsAny() {
		return this.jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
	}

	@Override
	@Transactional
	public void save(UserAccount account) {
		UserAccountEntity entity = this.jpa.findById(account.id().value()).orElse(null);
		if (entity == null) {
			entity = new UserAccountEntity(account.id().value());
			entity.setCreatedAt(account.createdAt());
		}
		else if (entity.getVersion() != account.version()) {
			throw new StaleVersionException("UserAccount", account.id());
		}
		entity.setUsername(account.username().value());
		entity.setDisplayName(account.displayName());
		entity.setPasswordHash(account.passwordHash());
		entity.setActive(account.active());
		entity.setFailedLogins(account.failedLogins());
		entity.setLockedUntil(account.lockedUntil());
		entity.getRoles().clear();
		entity.getRoles().addAll(account.roles());
		this.jpa.saveAndFlush(entity);
	}

	@Override
	public Page<AccountSummary> search(String text, PageRequest page) {
		String pattern = (text == null || text.isBlank()) ? null : "%" + text.trim().toLowerCase() + "%";
		long total = this.jdbc.sql("""
				select count(*) from user_account
				where (cast(:pattern as text) is null or username like :pattern or lower(display_name) like :pattern)
				""").param("pattern", pattern).query(Long.class).single();
		List<AccountSummary> rows = this.jdbc
			.sql("""
					select a.id, a.username, a.display_name, a.active, a.locked_until, a.created_at, a.version,
					       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
					from user_account a left join user_account_role r on r.account_id = a.id
					where (cast(:pattern as text) is null or a.username like :pattern or lower(a.display_name) like :pattern)
					group by a.id
					order by a.username
					limit :limit offset :offset
					""")
			.param("pattern", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new AccountSummary(new AccountId(rs.getObject("id", UUID.class)),
					rs.getString("username"), rs.getString("display_name"), parseRoles(rs.getString("roles")),
					rs.getBoolean("active"), toInstant(rs.getTimestamp("locked_until")),
					toInstant(rs.getTimestamp("created_at")), rs.getLong("version")))
			.list();
		return new Page<>(rows, page, total);
	}

	private static Set<Role> parseRoles(String joined) {
		if (joined == null || joined.isEmpty()) {
			return Set.of();
		}
		return java.util.Arrays.stream(joined.split(",")).map(Role::valueOf).collect(Collectors.toSet());
	}

	private static java.time.Instant toInstant(java.sql.Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private static UserAccount toDomain(UserAccountEntity entity) {
		return new UserAccount(new AccountId(entity.getId()), new Username(entity.getUsername()),
				entity.getDisplayName(), entity.getPasswordHash(), entity.getRoles(), entity.isActive(),
				entity.getFailedLogins(), entity.getLockedUntil(), entity.getCreatedAt(), entity.getVersion());
	}

}
