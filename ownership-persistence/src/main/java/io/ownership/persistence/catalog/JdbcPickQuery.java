package io.ownership.persistence.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.view.Pick;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.persistence.account.AccountPerson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search fields' choices: one statement each, bounded by {@code limit} (a search) or
 * by the unique name and e-mail indexes (a resolve). A search scans the names with a
 * "contains" pattern; a resolve compares {@code lower(name)} and {@code lower(email)},
 * which the indexes serve.
 */
@Repository
@Transactional(readOnly = true)
class JdbcPickQuery implements PickQuery {

	private final JdbcClient jdbc;

	JdbcPickQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Pick> activePeople(String text, boolean exact, int limit) {
		String match = exact ? "(p.id = cast(:id as uuid) or lower(p.name) = :exact or lower(p.email) = :exact)"
				: "(lower(p.name) like :pattern escape '\\' or lower(p.email) like :pattern escape '\\')";
		return this.jdbc.sql("""
				select p.id, p.name, p.email as detail, count(*) over (partition by lower(p.name)) > 1 as same_name
				  from person p where p.active and %s
				 order by lower(p.name), lower(p.email) limit :limit
				""".formatted(match)).params(params(text, limit)).query(JdbcPickQuery::pick).list();
	}

	@Override
	public List<Pick> people(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.id, p.name, p.email as detail, exists (select 1 from person o where o.active
				  and lower(o.name) = lower(p.name) and o.id <> p.id) as same_name
				  from person p where p.id = any(:ids)
				""").param("ids", ids.toArray(UUID[]::new)).query(JdbcPickQuery::pick).list();
	}

	@Override
	public List<Pick> products(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.id, p.name, null as detail, false as same_name from product p where p.id = any(:ids)
				order by lower(p.name)
				""").param("ids", ids.toArray(UUID[]::new)).query(JdbcPickQuery::pick).list();
	}

	@Override
	public List<Pick> registrableProducts(String username, boolean all, String text, boolean exact, int limit) {
		String match = exact ? "(p.id = cast(:id as uuid) or lower(p.name) = :exact)"
				: "lower(p.name) like :pattern escape '\\'";
		return this.jdbc.sql("""
				select p.id, p.name, null as detail, false as same_name from product p
				where not p.archived and %s and (:all or %s)
				order by lower(p.name) limit :limit
				""".formatted(match, AccountPerson.MAINTAINS_PRODUCT))
			.params(params(text, limit))
			.param("all", all)
			.param("username", username)
			.query(JdbcPickQuery::pick)
			.list();
	}

	private static Map<String, Object> params(String text, int limit) {
		String trimmed = (text != null) ? text.trim() : "";
		Map<String, Object> params = new HashMap<>();
		params.put("id", id(trimmed));
		params.put("exact", trimmed.toLowerCase(Locale.ROOT));
		params.put("pattern", (JdbcCatalogQuery.pattern(trimmed) != null) ? JdbcCatalogQuery.pattern(trimmed) : "%");
		params.put("limit", limit);
		return params;
	}

	/** The text as an id, null when it is not one. */
	private static UUID id(String text) {
		if (text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Pick pick(ResultSet rs, int n) throws SQLException {
		return new Pick(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("detail"),
				rs.getBoolean("same_name"));
	}

}
