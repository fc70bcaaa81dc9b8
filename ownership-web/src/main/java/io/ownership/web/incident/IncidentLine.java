package io.ownership.web.incident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.ownership.core.incident.IncidentRow;

import org.springframework.context.MessageSource;

/**
 * An incident as a row of a list shows it, every label, date and link ready: the list
 * renders it as plain markup.
 *
 * @param href the incident's page
 * @param productHref the product's page
 * @param teamHref the team's page, null when the product has no team
 * @param severityClass the CSS class of the severity badge (the risk level's colours)
 */
record IncidentLine(String href, String title, String productHref, String productName, String teamHref, String teamName,
		String severityClass, String severity, String status, String detectedAt, String containedAt, String resolvedAt,
		String postMortem) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	static IncidentLine of(IncidentRow row, MessageSource messages, Locale locale) {
		return new IncidentLine("/incidents/" + row.id(), row.title(), "/products/" + row.productId(),
				row.productName(), (row.teamId() != null) ? "/teams/" + row.teamId() : null, row.teamName(),
				"badge risk-level-" + row.severity(), messages.getMessage("risk.level." + row.severity(), null, locale),
				messages.getMessage("incident.status." + row.status(), null, locale), when(row.detectedAt()),
				when(row.containedAt()), when(row.resolvedAt()),
				messages.getMessage(row.postMortem() ? "common.yes" : "common.no", null, locale));
	}

	private static String when(Instant instant) {
		return (instant != null) ? WHEN.format(instant) : "";
	}

}
