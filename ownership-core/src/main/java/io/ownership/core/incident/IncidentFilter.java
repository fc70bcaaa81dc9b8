package io.ownership.core.incident;

import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.risk.RiskLevel;

/**
 * Filters of the incident lists, each optional: product, owning team, product kind,
 * status, severity, text in the title; {@code contained} and {@code resolved} keep the
 * incidents with that time (the KPIs' denominators).
 */
public record IncidentFilter(UUID product, UUID team, ProductKind kind, IncidentStatus status, RiskLevel severity,
		String text, boolean contained, boolean resolved) {

	public static IncidentFilter ofProduct(UUID product) {
		return new IncidentFilter(product, null, null, null, null, null, false, false);
	}

}
