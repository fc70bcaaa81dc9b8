package io.ownership.persistence.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.audit.FieldChange;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import io.ownership.persistence.database.Exports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcAuditLogTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditQuery query;

	@Autowired
	JdbcClient jdbc;

	private String actor;

	private String otherActor;

	@BeforeEach
	void uniqueActors() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.actor = "alice-" + suffix;
		this.otherActor = "bob-" + suffix;
	}

	@Test
	void readsBackAnEntryWithItsChangesInOrderAndItsComment() {
		this.log.record(AuditEntry.of(Instant.parse("2026-03-01T10:15:30.123Z"), this.actor, "account.updated")
			.entity("UserAccount", "acc-1")
			.summary("Account changed")
			.change("displayName", "Old", "New")
			.change("roles", "AUDITOR", "ADMIN, AUDITOR")
			.change("active", true, true)
			.comment("because")
			.build());

		AuditRecord record = single(this.query.search(byActor(this.actor), PageRequest.of(0, 10)));
		AuditEntry entry = record.entry();
		assertThat(record.id()).isPositive();
		assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
		assertThat(entry.action()).isEqualTo("account.updated");
		assertThat(entry.entityType()).isEqualTo("UserAccount");
		assertThat(entry.entityId()).isEqualTo("acc-1");
		assertThat(entry.summary()).isEqualTo("Account changed");
		assertThat(entry.comment()).isEqualTo("because");
		assertThat(record.changes()).containsExactly(new FieldChange("displayName", "Old", "New"),
				new FieldChange("roles", "AUDITOR", "ADMIN, AUDITOR"));
	}

	@Test
	void filtersByActorEntityTypeEntityIdAndDayRangeNewestFirst() {
		String entityId = UUID.randomUUID().toString();
		record("2001-05-01T23:59:59Z", this.actor, "Team", entityId);
		record("2001-05-02T00:00:00Z", this.actor, "Team", "other");
		record("2001-05-03T12:00:00Z", this.actor, "Person", entityId);
		record("2001-05-04T00:00:00Z", this.otherActor, "Team", entityId);

		assertThat(actions(byActor(this.actor))).containsExactly("2001-05-03", "2001-05-02", "2001-05-01");
		assertThat(actions(new AuditFilter(this.actor, "Team", null, null, null))).containsExactly("2001-05-02",
				"2001-05-01");
		assertThat(actions(new AuditFilter(null, "Team", entityId, null, null))).containsExactly("2001-05-04",
				"2001-05-01");
		assertThat(actions(
				new AuditFilter(this.actor, null, null, LocalDate.parse("2001-05-02"), LocalDate.parse("2001-05-03"))))
			.containsExactly("2001-05-03", "2001-05-02");
		assertThat(actions(new AuditFilter(null, null, entityId, null, LocalDate.parse("2001-05-01"))))
			.containsExactly("2001-05-01");
		assertThat(actions(new AuditFilter(null, null, entityId, LocalDate.parse("2001-05-04"), null)))
			.containsExactly("2001-05-04");
		assertThat(this.query.entityTypes()).contains("Team", "Person");
	}

	@Test
	void pagesThroughTheResultsWithTheTotal() {
		for (int day = 1; day <= 5; day++) {
			record("2001-06-0" + day + "T00:00:00Z", this.actor, "Team", "t");
		}

		Page<AuditRecord> first = this.query.search(byActor(this.actor), PageRequest.of(0, 2));
		Page<AuditRecord> last = this.query.search(byActor(this.actor), PageRequest.of(2, 2));

		assertThat(first.totalElements()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.content()).extracting((r) -> r.entry().action()).containsExactly("2001-06-05", "2001-06-04");
		assertThat(last.content()).extracting((r) -> r.entry().action()).containsExactly("2001-06-01");
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void refusesToUpdateAnEvent() {
		long id = recordOne();

		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_event set actor = 'mallory' where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void refusesToDeleteAnEvent() {
		long id = recordOne();

		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void refusesToDeleteTheWholeHistory() {
		recordOne();

		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void refusesToTruncateTheHistory() {
		recordOne();

		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_event cascade").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void refusesToChangeOrDeleteARecordedChange() {
		long id = recordOne();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_change set new_value = 'x' where event_id = :id")
			.param("id", id)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void refusesToTruncateTheRecordedChanges() {
		recordOne();

		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_change").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	private long recordOne() {
		this.log.record(AuditEntry.of(Instant.now(), this.actor, "test.recorded").change("f", "a", "b").build());
		return single(this.query.search(byActor(this.actor), PageRequest.of(0, 10))).id();
	}

	/**
	 * The export reads what the page reads, in one statement: the newest entries first,
	 * at most the limit, each with its changes in order (an entry without changes too).
	 */
	@Test
	void theExportGivesTheNewestEntriesWithTheirChangesUpToTheLimit() {
		record("2001-06-01T10:00:00Z", this.actor, "Team", "t1");
		this.log.record(AuditEntry.of(Instant.parse("2001-06-02T10:00:00Z"), this.actor, "team.renamed")
			.entity("Team", "t1")
			.change("name", "A", "B")
			.change("kind", "OTHER", "PLATFORM")
			.build());
		record("2001-06-03T10:00:00Z", this.actor, "Team", "t2");

		java.util.List<AuditRecord> all = exported(byActor(this.actor), 10);
		assertThat(all).extracting((r) -> r.entry().occurredAt())
			.containsExactly(Instant.parse("2001-06-03T10:00:00Z"), Instant.parse("2001-06-02T10:00:00Z"),
					Instant.parse("2001-06-01T10:00:00Z"));
		assertThat(all.get(1).changes()).containsExactly(new FieldChange("name", "A", "B"),
				new FieldChange("kind", "OTHER", "PLATFORM"));
		assertThat(all.get(0).changes()).isEmpty();
		assertThat(all).extracting(AuditRecord::id)
			.containsExactlyElementsOf(this.query.search(byActor(this.actor), PageRequest.of(0, 10))
				.content()
				.stream()
				.map(AuditRecord::id)
				.toList());
		assertThat(exported(byActor(this.actor), 2)).hasSize(2);
	}

	/**
	 * The export reads its rows from a cursor, {@link Exports#FETCH_SIZE} at a time, and
	 * hands each entry on while the rest are still to come: an entry whose changes span
	 * two fetches is handed on whole, every entry once, newest first, each with the names
	 * of the identifiers its changes hold.
	 */
	@Test
	void theExportHandsOnMoreEntriesThanOneFetchHoldsWholeAndInOrderWhileTheCursorIsOpen() {
		CatalogRows rows = new CatalogRows(this.jdbc);
		UUID team = rows.team("Streamed");
		int entries = Exports.FETCH_SIZE + 7;
		Instant start = Instant.parse("2002-01-01T00:00:00Z");
		for (int i = 0; i < entries; i++) {
			this.log.record(AuditEntry.of(start.plusSeconds(i), this.actor, "team.updated")
				.entity("Team", team.toString())
				.change("number", null, i)
				.change("owningTeam", null, team.toString())
				.build());
		}
		java.util.List<AuditQuery.Named> handed = new java.util.ArrayList<>();
		java.util.List<Long> cursorsOpen = new java.util.ArrayList<>();

		this.query.export(byActor(this.actor), entries + 10, (named) -> {
			handed.add(named);
			if (handed.size() == 1) {
				cursorsOpen.add(this.jdbc.sql(
						"select count(*) from pg_cursors where statement like '%audit_event%' and statement not like '%pg_cursors%'")
					.query(Long.class)
					.single());
			}
		});

		assertThat(cursorsOpen).as("the first entry comes while the export's cursor is open").containsExactly(1L);
		assertThat(handed).hasSize(entries);
		for (int i = 0; i < entries; i++) {
			AuditQuery.Named named = handed.get(i);
			assertThat(named.record().entry().occurredAt()).isEqualTo(start.plusSeconds(entries - 1 - i));
			assertThat(named.record().changes()).containsExactly(
					new FieldChange("number", null, String.valueOf(entries - 1 - i)),
					new FieldChange("owningTeam", null, team.toString()));
			assertThat(named.names()).containsExactly(Map.entry(team, rows.name("Streamed")));
		}
	}

	private java.util.List<AuditRecord> exported(AuditFilter filter, int limit) {
		java.util.List<AuditRecord> records = new java.util.ArrayList<>();
		this.query.export(filter, limit, (named) -> records.add(named.record()));
		return records;
	}

	private void record(String at, String who, String entityType, String entityId) {
		this.log
			.record(AuditEntry.of(Instant.parse(at), who, at.substring(0, 10)).entity(entityType, entityId).build());
	}

	private java.util.List<String> actions(AuditFilter filter) {
		return this.query.search(filter, PageRequest.of(0, 50))
			.content()
			.stream()
			.map((r) -> r.entry().action())
			.filter((action) -> action.startsWith("2001-"))
			.toList();
	}

	private static AuditFilter byActor(String actor) {
		return new AuditFilter(actor, null, null, null, null);
	}

	private static AuditRecord single(Page<AuditRecord> page) {
		assertThat(page.content()).hasSize(1);
		return page.content().get(0);
	}

}
