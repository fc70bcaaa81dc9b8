package io.ownership.web.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.guardrail.RiskMatrix;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A heat map of open risks (a product's or a team's), every cell's class, count, title
 * and link to the register ready.
 *
 * @param subject the product's or team's name
 * @param registerLink the register filtered to the subject
 * @param cellLink the register of the subject's open risks, which a cell narrows to its
 * likelihood and impact
 * @param cells the counts by likelihood and impact, 1 to 5 each ({@code cells[l-1][i-1]})
 * @param rows the table's rows, impact 5 first
 */
record HeatmapPage(String subject, String registerLink, String cellLink, int[][] cells, List<Row> rows) {

	/**
	 * A row of the table: an impact and its cells, likelihood 1 to 5.
	 */
	record Row(int impact, List<Cell> cells) {

	}

	/**
	 * A cell: its level's class, its count, its title and its link.
	 */
	record Cell(int likelihood, int impact, String cssClass, int count, String title, String href) {

	}

	static HeatmapPage of(String subject, String registerLink, String cellLink, int[][] cells, RiskMatrix matrix,
			MessageSource messages, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (int impact = 5; impact >= 1; impact--) {
			List<Cell> row = new ArrayList<>();
			for (int likelihood = 1; likelihood <= 5; likelihood++) {
				RiskLevel level = matrix.levelOf(likelihood * impact);
				String title = messages.getMessage("dashboard.heatmap.cell",
						new Object[] { likelihood, impact, messages.getMessage("risk.level." + level, null, locale) },
						locale);
				String href = UriComponentsBuilder.fromUriString(cellLink)
					.queryParam("likelihood", likelihood)
					.queryParam("impact", impact)
					.build()
					.toUriString();
				row.add(new Cell(likelihood, impact, "heat-" + level, cells[likelihood - 1][impact - 1], title, href));
			}
			rows.add(new Row(impact, row));
		}
		return new HeatmapPage(subject, registerLink, cellLink, cells, rows);
	}

}
