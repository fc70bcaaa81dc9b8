package io.ownership.web.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.audit.FieldChange;
import io.ownership.core.audit.RecordedNames;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows the history as a person reads it. Entries record names as they were when the
 * change was made; older entries that recorded identifiers show the object's current name
 * instead (one lookup per page), and enum codes ({@code BUSINESS_SERVICE}) show as their
 * labels.
 */
@Component
public class HistoryLabels {

	private static final Pattern ID = Pattern.compile(RecordedNames.IDENTIFIER);

	private static final Pattern CODES = Pattern.compile("\\[?([A-Z][A-Z0-9_]+(, [A-Z][A-Z0-9_]+)*)]?");

	/**
	 * Where a field's codes are labelled when the kind of object says which enum it is.
	 */
	private static final Map<String, String> PREFIXES = Map.of("Product.kind", "productKind.", "Team.kind", "teamKind.",
			"Asset.type", "assetType.", "Asset.classification", "classification.", "UseCase.kinds",
			"responsibility.kind.");

	/** Tried in this order for the other fields. */
	private static final List<String> ANY_PREFIXES = List.of("role.", "risk.level.", "risk.status.",
			"acceptance.status.", "risk.treatment.", "risk.source.", "party.role.", "productKind.", "teamKind.",
			"assetType.", "classification.", "champion.status.", "contribution.kind.", "course.format.",
			"training.state.");

	private final RecordedNames names;

	private final MessageSource messages;

	HistoryLabels(RecordedNames names, MessageSource messages) {
		this.names = names;
		this.messages = messages;
	}

	/**
	 * The labels for the entries of one page.
	 */
	public Shown of(Collection<AuditRecord> records, Locale locale) {
		Set<UUID> ids = new HashSet<>();
		for (AuditRecord record : records) {
			for (FieldChange change : record.entry().changes()) {
				collect(change.field(), ids);
				collect(change.before(), ids);
				collect(change.after(), ids);
			}
		}
		return new Shown(this.names.namesOf(ids), locale);
	}

	/**
	 * The labels for one exported entry, whose names came with it.
	 */
	public Shown of(AuditQuery.Named exported, Locale locale) {
		return new Shown(exported.names(), locale);
	}

	private static void collect(String text, Set<UUID> ids) {
		if (text != null) {
			Matcher matcher = ID.matcher(text);
			while (matcher.find()) {
				ids.add(UUID.fromString(matcher.group()));
			}
		}
	}

	/**
	 * The labels of one page's entries, for the template.
	 */
	public final class Shown {

		private final Map<UUID, String> names;

		private final Locale locale;

		Shown(Map<UUID, String> names, Locale locale) {
			this.names = names;
			this.locale = locale;
		}

		public String field(FieldChange change) {
			return named(change.field());
		}

		public String before(AuditEntry entry, FieldChange change) {
			return value(entry, change.field(), change.before());
		}

		public String after(AuditEntry entry, FieldChange change) {
			return value(entry, change.field(), change.after());
		}

		/**
		 * One change as a line: the field, the value before and the value after, an empty
		 * value shown as ∅.
		 */
		public String change(AuditEntry entry, FieldChange change) {
			String before = before(entry, change);
			String after = after(entry, change);
			return field(change) + ": " + ((before != null) ? before : "∅") + " → " + ((after != null) ? after : "∅");
		}

		private String value(AuditEntry entry, String field, String value) {
			if (value == null) {
				return null;
			}
			Matcher codes = CODES.matcher(value);
			if (codes.matches()) {
				String prefix = PREFIXES.get(entry.entityType() + "." + field);
				StringBuilder shown = new StringBuilder();
				for (String code : codes.group(1).split(", ")) {
					shown.append((shown.length() == 0) ? "" : ", ").append(label(prefix, code));
				}
				return shown.toString();
			}
			return named(value);
		}

		private String label(String prefix, String code) {
			List<String> prefixes = (prefix != null) ? List.of(prefix) : ANY_PREFIXES;
			for (String candidate : prefixes) {
				String label = HistoryLabels.this.messages.getMessage(candidate + code, null, null, this.locale);
				if (label != null) {
					return label;
				}
			}
			return code;
		}

		private String named(String text) {
			if (text == null) {
				return null;
			}
			Matcher matcher = ID.matcher(text);
			StringBuilder shown = new StringBuilder();
			while (matcher.find()) {
				String name = this.names.get(UUID.fromString(matcher.group()));
				matcher.appendReplacement(shown, Matcher.quoteReplacement((name != null) ? name : matcher.group()));
			}
			matcher.appendTail(shown);
			return shown.toString();
		}

	}

}
