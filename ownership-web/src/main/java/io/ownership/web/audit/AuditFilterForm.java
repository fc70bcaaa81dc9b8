package io.ownership.web.audit;

import java.time.LocalDate;

import io.ownership.core.audit.AuditFilter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The history's filters as the page and the export take them: logins are left out unless
 * asked for.
 */
public class AuditFilterForm {

	private String actor;

	private String entityType;

	private String entityId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	private boolean logins;

	AuditFilter toFilter() {
		return new AuditFilter(this.actor, this.entityType, this.entityId, this.from, this.until, this.logins);
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public void setEntityId(String entityId) {
		this.entityId = entityId;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public boolean isLogins() {
		return this.logins;
	}

	public void setLogins(boolean logins) {
		this.logins = logins;
	}

}
