package io.ownership.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event of the history: who did what to which object, when, with the values that
 * changed and an optional comment.
 *
 * @param occurredAt when it happened
 * @param actor the user name of who did it ({@code system} for scheduled work)
 * @param action a dotted verb such as {@code account.created} or {@code login.failed}
 * @param entityType the kind of object, or null for events without one (a login)
 * @param entityId the object's identifier, or null
 * @param summary one line a reader understands without the details
 * @param changes the values that changed, in order
 * @param comment what the actor wrote, when the action asks for it
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String entityType, String entityId,
		String summary, List<FieldChange> changes, String comment) {

	public AuditEntry {
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		changes = changes == null ? List.of() : changes.stream().filter(FieldChange::isChange).toList();
	}

	public static Builder of(Instant occurredAt, String actor, String action) {
		return new Builder(occurredAt, actor, action);
	}

	/**
	 * Collects the parts of an entry; only changed values are kept.
	 */
	public static final class Builder {

		private final Instant occurredAt;

		private final String actor;

		private final String action;

		private String entityType;

		private String entityId;

		private String summary;

		private String comment;

		private final List<FieldChange> changes = new ArrayList<>();

		private Builder(Instant occurredAt, String actor, String action) {
			this.occurredAt = occurredAt;
			this.actor = actor;
			this.action = action;
		}

		public Builder entity(String type, Object id) {
			this.entityType = type;
			this.entityId = id == null ? null : String.valueOf(id);
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder comment(String comment) {
			this.comment = comment;
			return this;
		}

		public Builder change(String field, Object before, Object after) {
			this.changes.add(FieldChange.of(field, before, after));
			return this;
		}

		public AuditEntry build() {
			return new AuditEntry(this.occurredAt, this.actor, this.action, this.entityType, this.entityId,
					this.summary, this.changes, this.comment);
		}

	}

}
