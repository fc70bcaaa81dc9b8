package io.ownership.core.risk;

import java.util.Locale;
import java.util.UUID;

/**
 * The register's filters and sort. Absent values do not filter.
 *
 * @param product only this product's risks
 * @param team only risks of products this team owns
 * @param level only this level
 * @param status only this status
 * @param owner only risks of products whose risk owner is this person
 * @param overdue only risks in treatment past their due date
 * @param expiringWithinDays only risks whose active acceptance expires within so many
 * days
 * @param text words in the title or reference
 * @param productName part of the product's name, in any case
 * @param ownerName part of the name of the product's risk owner, in any case
 * @param sort the column to sort by
 * @param descending the sort direction
 */
public record RiskFilter(UUID product, UUID team, RiskLevel level, RiskStatus status, UUID owner, boolean overdue,
		Integer expiringWithinDays, String text, String productName, String ownerName, Sort sort, boolean descending) {

	public RiskFilter {
		sort = (sort == null) ? Sort.SCORE : sort;
		text = given(text);
		productName = given(productName);
		ownerName = given(ownerName);
		if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > 3650)) {
			expiringWithinDays = null;
		}
	}

	public static RiskFilter none() {
		return new RiskFilter(null, null, null, null, null, false, null, null, null, null, Sort.SCORE, true);
	}

	private static String given(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * The columns the register sorts by.
	 */
	public enum Sort {

		SCORE, TITLE, PRODUCT, STATUS, DUE, IDENTIFIED, EXPIRES;

		public static Sort parse(String value) {
			if (value == null) {
				return SCORE;
			}
			try {
				return valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return SCORE;
			}
		}

	}

}
