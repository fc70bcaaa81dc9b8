package io.ownership.web.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The register's filters typed as text: part of a product's name and part of a risk
 * owner's name. No name is longer than {@value #MAX_LENGTH} characters, so a longer text
 * is a mistake worth telling rather than a search that finds nothing. Bound as
 * {@code nameFilters}, whose {@code Size} messages say so.
 */
public class NameFilterForm {

	static final int MAX_LENGTH = 200;

	/** The free-text search over titles and references, bound from {@code q}. */
	@Size(max = MAX_LENGTH)
	private String q;

	@Size(max = MAX_LENGTH)
	private String productName;

	@Size(max = MAX_LENGTH)
	private String ownerName;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getProductName() {
		return this.productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	/** A heat map cell's likelihood, 1 to 5. */
	@Min(1)
	@Max(5)
	private Integer likelihood;

	/** A heat map cell's impact, 1 to 5. */
	@Min(1)
	@Max(5)
	private Integer impact;

	public Integer getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(Integer likelihood) {
		this.likelihood = likelihood;
	}

	/**
	 * Only risks with a known first decision (the dashboard's time to a decision).
	 */
	private boolean decided;

	public boolean isDecided() {
		return this.decided;
	}

	public void setDecided(boolean decided) {
		this.decided = decided;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public void setImpact(Integer impact) {
		this.impact = impact;
	}

}
