package io.ownership.web.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.shared.Page;
import io.ownership.web.support.PageLinks;

/**
 * The history page ready to show: the kinds of object to filter by, the page of entries
 * with their times formatted, their values labelled and their links made, and the
 * export's link with the same filters.
 *
 * @param entityTypes the kinds of object the history holds
 * @param records the page of entries, for the pagination
 * @param rows the entries as shown
 * @param exportLink the CSV export with the page's filters
 */
record AuditPage(List<String> entityTypes, Page<AuditRecord> records, List<Row> rows, String exportLink) {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

	static AuditPage of(List<String> entityTypes, Page<AuditRecord> records, HistoryLabels.Shown shown, PageLinks links,
			String query) {
		List<Row> rows = records.content().stream().map((record) -> {
			AuditEntry entry = record.entry();
			List<Change> changes = entry.changes()
				.stream()
				.map((change) -> new Change(shown.field(change),
						(change.before() != null) ? shown.before(entry, change) : null,
						(change.after() != null) ? shown.after(entry, change) : "—"))
				.toList();
			return new Row(WHEN.format(entry.occurredAt()) + " UTC", entry.actor(), entry.action(), entry.entityType(),
					(entry.entityType() != null) ? links.with("entityId", entry.entityId()) : null, entry.summary(),
					changes, entry.comment());
		}).toList();
		return new AuditPage(entityTypes, records, rows, "/audit/export.csv" + ((query == null) ? "" : "?" + query));
	}

	/**
	 * One entry as shown.
	 *
	 * @param when the time, in UTC
	 * @param entityLink the history of the same object, or null when the entry concerns
	 * none
	 */
	record Row(String when, String actor, String action, String entityType, String entityLink, String summary,
			List<Change> changes, String comment) {
	}

	/**
	 * A changed value: its field's label, the value before (null when there was none) and
	 * after.
	 */
	record Change(String field, String before, String after) {
	}

}
