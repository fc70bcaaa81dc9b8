package io.ownership.core.catalog.imports;

import io.ownership.core.shared.DomainException;

/**
 * Applying was refused because the plan rejects entries, or because the catalog changed
 * since the dry run the user saw. Nothing was written. Carries the current plan.
 */
public class ImportRejectedException extends DomainException {

	private final transient ImportPlan plan;

	public ImportRejectedException(String code, String defaultMessage, ImportPlan plan) {
		super(code, defaultMessage);
		this.plan = plan;
	}

	public ImportPlan plan() {
		return this.plan;
	}

}
