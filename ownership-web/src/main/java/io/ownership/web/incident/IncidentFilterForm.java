package io.ownership.web.incident;

import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentStatus;
import io.ownership.core.risk.RiskLevel;
import io.ownership.web.support.ProductScopeForm;

/**
 * The incident list's filters as the query string gives them, with the page of the list;
 * a value of the wrong type is a message at its filter, and the list is shown without it.
 */
public class IncidentFilterForm extends ProductScopeForm {

	private IncidentStatus status;

	private RiskLevel severity;

	private String q;

	private boolean contained;

	private boolean resolved;

	IncidentFilter filter() {
		return new IncidentFilter(getProduct(), getTeam(), getKind(), this.status, this.severity, this.q,
				this.contained, this.resolved);
	}

	public IncidentStatus getStatus() {
		return this.status;
	}

	public void setStatus(IncidentStatus status) {
		this.status = status;
	}

	public RiskLevel getSeverity() {
		return this.severity;
	}

	public void setSeverity(RiskLevel severity) {
		this.severity = severity;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public boolean isContained() {
		return this.contained;
	}

	public void setContained(boolean contained) {
		this.contained = contained;
	}

	public boolean isResolved() {
		return this.resolved;
	}

	public void setResolved(boolean resolved) {
		this.resolved = resolved;
	}

}
