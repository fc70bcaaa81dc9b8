package io.ownership.web.incident;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.incident.IncidentRow;
import io.ownership.core.incident.IncidentStatus;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.shared.Page;
import io.ownership.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the incident lists ({@link ListPage}, {@link ProductPage}) and their CSV: the
 * one place that turns incident rows into what a person reads.
 */
@Component
class IncidentLists {

	private final MessageSource messages;

	IncidentLists(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The list of every incident the viewer may read, with its filters' choices.
	 */
	record ListPage(Page<IncidentLine> incidents, List<RiskQuery.Choice> teams, ProductKind[] kinds,
			IncidentStatus[] statuses, RiskLevel[] severities, boolean mayReport) {

	}

	/**
	 * A product's incidents.
	 */
	record ProductPage(Product product, boolean mayEdit, Page<IncidentLine> incidents) {

	}

	ListPage list(Page<IncidentRow> rows, List<RiskQuery.Choice> teams, boolean mayReport) {
		return new ListPage(lines(rows), teams, ProductKind.values(), IncidentStatus.values(), RiskLevel.values(),
				mayReport);
	}

	ProductPage product(Product product, boolean mayEdit, Page<IncidentRow> rows) {
		return new ProductPage(product, mayEdit, lines(rows));
	}

	private Page<IncidentLine> lines(Page<IncidentRow> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		return rows.map((row) -> IncidentLine.of(row, this.messages, locale));
	}

	/**
	 * The CSV of the rows, each line written as its row is read; the severities',
	 * statuses' and yes/no labels are looked up once per file, not once per row.
	 */
	void csv(Csv.Rows<IncidentRow> rows, String name, HttpServletResponse response) throws IOException {
		Map<RiskLevel, String> severities = labels(RiskLevel.values(), "risk.level.");
		Map<IncidentStatus, String> statuses = labels(IncidentStatus.values(), "incident.status.");
		String yes = text("common.yes");
		String no = text("common.no");
		Csv.answer(response, name + ".csv", (lines) -> {
			lines.add(text("incident.title"), text("incident.product"), text("incident.team"),
					text("incident.severity"), text("incident.status"), text("incident.detectedAt"),
					text("incident.containedAt"), text("incident.resolvedAt"), text("incident.postMortem"));
			rows.each((row) -> lines.add(row.title(), row.productName(), row.teamName(), severities.get(row.severity()),
					statuses.get(row.status()), row.detectedAt(), row.containedAt(), row.resolvedAt(),
					row.postMortem() ? yes : no));
		});
	}

	private <E extends Enum<E>> Map<E, String> labels(E[] values, String prefix) {
		Map<E, String> labels = new EnumMap<>(values[0].getDeclaringClass());
		for (E value : values) {
			labels.put(value, text(prefix + value));
		}
		return labels;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
