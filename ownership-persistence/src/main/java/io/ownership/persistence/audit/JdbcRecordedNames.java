package io.ownership.persistence.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.audit.RecordedNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up every identifier of a page of history in one statement; the history's export
 * looks them up in its own statement with the same union ({@link #names}).
 */
@Repository
@Transactional(readOnly = true)
class JdbcRecordedNames implements RecordedNames {

	private final JdbcClient jdbc;

	JdbcRecordedNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, String> namesOf(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql(names("in (:ids)")).param("ids", ids).query((rs) -> {
			names.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2));
		});
		return names;
	}

	/**
	 * The identifiers and names of the objects whose identifier meets the condition (e.g.
	 * {@code in (:ids)}), the first kind of object first where two share one.
	 */
	static String names(String condition) {
		return """
				select id, name from team where id %1$s
				union all select id, name from person where id %1$s
				union all select id, name from product where id %1$s
				union all select id, name from asset where id %1$s
				union all select id, name from use_case where id %1$s
				union all select id, title from risk where id %1$s
				union all select p.id, coalesce(p.label, t.name, lower(replace(p.role, '_', ' ')))
				          from matrix_party p left join team t on t.id = p.team_id where p.id %1$s
				""".formatted(condition);
	}

}
