package io.ownership.core.audit;

import java.time.LocalDate;

/**
 * What a reader of the history narrows it to; every part is optional.
 *
 * @param actor exact user name
 * @param entityType the kind of object
 * @param entityId one object's identifier
 * @param from first day included (UTC)
 * @param until last day included (UTC)
 * @param logins whether logins and failed logins ({@code login.*}) are included
 */
public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate until,
		boolean logins) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	/**
	 * A filter that includes logins.
	 */
	public AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate until) {
		this(actor, entityType, entityId, from, until, true);
	}

	public static AuditFilter forEntity(String entityType, Object entityId) {
		return new AuditFilter(null, entityType, String.valueOf(entityId), null, null);
	}

	public AuditFilter {
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
