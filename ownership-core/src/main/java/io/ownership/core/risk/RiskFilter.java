package io.ownership.core.risk;

import java.util.Locale;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;

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
 * @param kind only risks of products of this kind
 * @param open only open risks (status open or in treatment)
 * @param age only risks identified so many days ago (by band)
 * @param acceptance only risks in this acceptance state
 * @param likelihood only risks of this likelihood (1-5)
 * @param impact only risks of this impact (1-5)
 * @param decided only risks with a first decision of their risk owner whose time is known
 * (the dashboard's time to a decision)
 * @param undecided only open risks still waiting for their risk owner's decision (no
 * treatment decided, no acceptance request pending: the risk owner's home page)
 */
public record RiskFilter(UUID product, UUID team, RiskLevel level, RiskStatus status, UUID owner, boolean overdue,
		Integer expiringWithinDays, String text, String productName, String ownerName, Sort sort, boolean descending,
		ProductKind kind, boolean open, Age age, AcceptanceState acceptance, Integer likelihood, Integer impact,
		boolean decided, boolean undecided) {

	public RiskFilter(UUID product, UUID team, RiskLevel level, RiskStatus status, UUID owner, boolean overdue,
			Integer expiringWithinDays, String text, String productName, String ownerName, Sort sort,
			boolean descending, ProductKind kind, boolean open, Age age, AcceptanceState acceptance, Integer likelihood,
			Integer impact, boolean decided) {
		this(product, team, level, status, owner, overdue, expiringWithinDays, text, productName, ownerName, sort,
				descending, kind, open, age, acceptance, likelihood, impact, decided, false);
	}

	public RiskFilter(UUID product, UUID team, RiskLevel level, RiskStatus status, UUID owner, boolean overdue,
			Integer expiringWithinDays, String text, String productName, String ownerName, Sort sort,
			boolean descending, ProductKind kind, boolean open, Age age, AcceptanceState acceptance, Integer likelihood,
			Integer impact) {
		this(product, team, level, status, owner, overdue, expiringWithinDays, text, productName, ownerName, sort,
				descending, kind, open, age, acceptance, likelihood, impact, false);
	}

	public RiskFilter(UUID product, UUID team, RiskLevel level, RiskStatus status, UUID owner, boolean overdue,
			Integer expiringWithinDays, String text, String productName, String ownerName, Sort sort,
			boolean descending) {
		this(product, team, level, status, owner, overdue, expiringWithinDays, text, productName, ownerName, sort,
				descending, null, false, null, null, null, null);
	}

	public RiskFilter {
		if (likelihood != null && (likelihood < 1 || likelihood > 5)) {
			likelihood = null;
		}
		if (impact != null && (impact < 1 || impact > 5)) {
			impact = null;
		}
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

	/**
	 * Bands of days since a risk was identified, as the dashboard counts open risks by
	 * age.
	 */
	public enum Age {

		D0_30(0, 30), D31_90(31, 90), D91_180(91, 180), OVER_180(181, null);

		private final int from;

		private final Integer to;

		Age(int from, Integer to) {
			this.from = from;
			this.to = to;
		}

		/** The fewest days since identification in the band. */
		public int from() {
			return this.from;
		}

		/** The most days since identification in the band, or null for no limit. */
		public Integer to() {
			return this.to;
		}

	}

	/**
	 * Where a risk's acceptance stands, as the dashboard counts it.
	 */
	public enum AcceptanceState {

		/** An active acceptance. */
		ACTIVE,
		/** An active acceptance taken by the risk owner inside the guardrails. */
		AUTONOMOUS,
		/** An active acceptance that was escalated and approved. */
		ESCALATED,
		/** A pending acceptance request. */
		PENDING,
		/** Open again after its acceptance expired, not renewed. */
		EXPIRED

	}

}
