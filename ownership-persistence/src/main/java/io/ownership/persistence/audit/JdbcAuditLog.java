package io.ownership.persistence.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.audit.AuditQuery.Named;
import io.ownership.core.audit.FieldChange;
import io.ownership.core.audit.RecordedNames;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.database.Exports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history in two append-only tables. Writes join the caller's transaction (or open
 * one when there is none, as for a login); a page is read with three statements whatever
 * its size, an export with one, streamed.
 */
@Repository
class JdbcAuditLog implements AuditLog, AuditQuery {

	private static final String WHERE = """
			where (cast(:actor as text) is null or actor = :actor)
			  and (cast(:entityType as text) is null or entity_type = :entityType)
			  and (cast(:entityId as text) is null or entity_id = :entityId)
			  and (cast(:from as timestamptz) is null or occurred_at >= :from)
			  and (cast(:until as timestamptz) is null or occurred_at < :until)
			  and (:logins or action not like 'login.%')
			""";

	private final JdbcClient jdbc;

	JdbcAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void record(AuditEntry entry) {
		long id = this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary, comment)
				values (:at, :actor, :action, :entityType, :entityId, :summary, :comment)
				returning id
				""")
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("actor", truncate(entry.actor(), 100))
			.param("action", entry.action())
			.param("entityType", entry.entityType())
			.param("entityId", entry.entityId())
			.param("summary", truncate(entry.summary(), 1000))
			.param("comment", entry.comment())
			.query(Long.class)
			.single();
		int position = 0;
		for (FieldChange change : entry.changes()) {
			this.jdbc.sql("""
					insert into audit_change (event_id, position, field, old_value, new_value)
					values (:event, :position, :field, :before, :after)
					""")
				.param("event", id)
				.param("position", position++)
				.param("field", change.field())
				.param("before", change.before())
				.param("after", change.after())
				.update();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AuditRecord> search(AuditFilter filter, PageRequest page) {
		Map<String, Object> params = params(filter);
		long total = this.jdbc.sql("select count(*) from audit_event " + WHERE)
			.params(params)
			.query(Long.class)
			.single();
		Map<Long, AuditEntry> entries = new LinkedHashMap<>();
		this.jdbc
			.sql("select * from audit_event " + WHERE
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs) -> {
				entries.put(rs.getLong("id"),
						new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
								rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
								rs.getString("summary"), List.of(), rs.getString("comment")));
			});
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		if (!entries.isEmpty()) {
			this.jdbc.sql("""
					select event_id, field, old_value, new_value from audit_change
					where event_id in (:ids) order by event_id, position
					""").param("ids", entries.keySet()).query((rs) -> {
				changes.computeIfAbsent(rs.getLong("event_id"), (k) -> new ArrayList<>())
					.add(new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
			});
		}
		return new Page<>(records(entries, changes), page, total);
	}

	/**
	 * The export's entries, their changes and the names their identifiers stand for in
	 * one statement, read from a cursor ({@link Exports}) and handed on entry by entry:
	 * the newest entries the filter selects (no count: an export shows no total), each
	 * joined to its changes, each change to the current names of the identifiers it holds
	 * ({@link RecordedNames#IDENTIFIER}, looked up as {@link JdbcRecordedNames} does).
	 */
	@Override
	@Transactional(readOnly = true)
	public void export(AuditFilter filter, int limit, Consumer<Named> each) {
		Exported exported = new Exported(each);
		// A plan for the filter's values, never the generic one: the names'
		// subquery inflates the estimate of each custom plan, so that after five
		// exports PostgreSQL kept a generic plan that cannot drop the filters whose
		// value is null, a parallel scan and sort of every entry (large organization:
		// 237 ms against 67 ms; 36 → 188 ms of PostgreSQL CPU per export).
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		this.jdbc
			.sql("with e as (select * from audit_event " + WHERE
					+ """
							 order by occurred_at desc, id desc limit :limit)
							select e.*, c.field, c.old_value, c.new_value,
							       case when concat_ws(' ', c.field, c.old_value, c.new_value) ~ :pattern then (
							         select array_agg(array[cast(found.id as text), found.name])
							         from (select distinct cast(m[1] as uuid) as id
							               from regexp_matches(concat_ws(' ', c.field, c.old_value, c.new_value), :pattern, 'g') m) i
							         cross join lateral ("""
					+ JdbcRecordedNames.names("= i.id") + """
							          limit 1) found) end as names
							from e
							left join audit_change c on c.event_id = e.id
							order by e.occurred_at desc, e.id desc, c.position
							""")
			.withFetchSize(Exports.FETCH_SIZE)
			.params(params(filter))
			.param("limit", limit)
			.param("pattern", RecordedNames.IDENTIFIER)
			.query(exported::row);
		exported.end();
	}

	/**
	 * The entry being read from the export's rows, handed on when the next one starts.
	 */
	private static final class Exported {

		private final Consumer<Named> each;

		private long id = -1;

		private AuditEntry entry;

		private final List<FieldChange> changes = new ArrayList<>();

		private final Map<UUID, String> names = new HashMap<>();

		Exported(Consumer<Named> each) {
			this.each = each;
		}

		void row(ResultSet rs) throws SQLException {
			long id = rs.getLong("id");
			if (id != this.id) {
				end();
				this.id = id;
				this.entry = new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
						rs.getString("summary"), List.of(), rs.getString("comment"));
			}
			String field = rs.getString("field");
			if (field != null) {
				this.changes.add(new FieldChange(field, rs.getString("old_value"), rs.getString("new_value")));
			}
			Array names = rs.getArray("names");
			if (names != null) {
				for (Object named : (Object[]) names.getArray()) {
					String[] idAndName = (String[]) named;
					this.names.putIfAbsent(UUID.fromString(idAndName[0]), idAndName[1]);
				}
			}
		}

		void end() {
			if (this.entry != null) {
				this.each.accept(
						new Named(
								new AuditRecord(this.id,
										new AuditEntry(this.entry.occurredAt(), this.entry.actor(), this.entry.action(),
												this.entry.entityType(), this.entry.entityId(), this.entry.summary(),
												List.copyOf(this.changes), this.entry.comment())),
								Map.copyOf(this.names)));
				this.entry = null;
				this.changes.clear();
				this.names.clear();
			}
		}

	}

	private static List<AuditRecord> records(Map<Long, AuditEntry> entries, Map<Long, List<FieldChange>> changes) {
		List<AuditRecord> records = new ArrayList<>(entries.size());
		entries.forEach((id,
				entry) -> records.add(new AuditRecord(id,
						new AuditEntry(entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
								entry.entityId(), entry.summary(), changes.getOrDefault(id, List.of()),
								entry.comment()))));
		return records;
	}

	private static Map<String, Object> params(AuditFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("actor", filter.actor());
		params.put("entityType", filter.entityType());
		params.put("entityId", filter.entityId());
		params.put("from", startOf(filter.from()));
		params.put("until", startOf((filter.until() == null) ? null : filter.until().plusDays(1)));
		params.put("logins", filter.logins());
		return params;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return this.jdbc
			.sql("select distinct entity_type from audit_event where entity_type is not null order by entity_type")
			.query(String.class)
			.list();
	}

	private static Timestamp startOf(LocalDate day) {
		return (day == null) ? null : Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
