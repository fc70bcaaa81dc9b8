package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskStatus;
import io.ownership.web.support.ProductScopeForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The register's filters as the query string carries them, with the page, bound as
 * {@code nameFilters} (the name its first filters, the names typed as text, gave it). A
 * value that is not one of theirs (a level that does not exist, a product id that is not
 * one, a number out of range) comes back as an error next to its field, with the other
 * values kept and the page rendered; the messages are {@code typeMismatch.nameFilters.*}
 * and the Bean Validation keys. No name is longer than {@value #MAX_LENGTH} characters,
 * so a longer text is a mistake worth telling rather than a search that finds nothing.
 */
public class RegisterFilterForm extends ProductScopeForm {

	static final int MAX_LENGTH = 200;

	private RiskLevel level;

	private RiskStatus status;

	private UUID owner;

	private boolean overdue;

	/** Acceptances expiring within so many days, 0 to 3650. */
	@Min(0)
	@Max(3650)
	private Integer expiring;

	/** The free-text search over titles and references, bound from {@code q}. */
	@Size(max = MAX_LENGTH)
	private String q;

	@Size(max = MAX_LENGTH)
	private String productName;

	@Size(max = MAX_LENGTH)
	private String ownerName;

	private boolean open;

	private RiskFilter.Age age;

	private RiskFilter.AcceptanceState acceptance;

	private String sort;

	private String dir = "desc";

	/** Only risks with a known first decision (the dashboard's time to a decision). */
	private boolean decided;

	public boolean isDecided() {
		return this.decided;
	}

	public void setDecided(boolean decided) {
		this.decided = decided;
	}

	/**
	 * Only open risks waiting for their risk owner's decision (the risk owner's home).
	 */
	private boolean undecided;

	public boolean isUndecided() {
		return this.undecided;
	}

	public void setUndecided(boolean undecided) {
		this.undecided = undecided;
	}

	/** A heat map cell's likelihood, 1 to 5. */
	@Min(1)
	@Max(5)
	private Integer likelihood;

	/** A heat map cell's impact, 1 to 5. */
	@Min(1)
	@Max(5)
	private Integer impact;

	/** The core's filter of these values. */
	RiskFilter toFilter() {
		return new RiskFilter(getProduct(), getTeam(), this.level, this.status, this.owner, this.overdue, this.expiring,
				this.q, this.productName, this.ownerName, RiskFilter.Sort.parse(this.sort), !"asc".equals(this.dir),
				getKind(), this.open, this.age, this.acceptance, this.likelihood, this.impact, this.decided,
				this.undecided);
	}

	public RiskLevel getLevel() {
		return this.level;
	}

	public void setLevel(RiskLevel level) {
		this.level = level;
	}

	public RiskStatus getStatus() {
		return this.status;
	}

	public void setStatus(RiskStatus status) {
		this.status = status;
	}

	public UUID getOwner() {
		return this.owner;
	}

	public void setOwner(UUID owner) {
		this.owner = owner;
	}

	public boolean isOverdue() {
		return this.overdue;
	}

	public void setOverdue(boolean overdue) {
		this.overdue = overdue;
	}

	public Integer getExpiring() {
		return this.expiring;
	}

	public void setExpiring(Integer expiring) {
		this.expiring = expiring;
	}

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

	public boolean isOpen() {
		return this.open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public RiskFilter.Age getAge() {
		return this.age;
	}

	public void setAge(RiskFilter.Age age) {
		this.age = age;
	}

	public RiskFilter.AcceptanceState getAcceptance() {
		return this.acceptance;
	}

	public void setAcceptance(RiskFilter.AcceptanceState acceptance) {
		this.acceptance = acceptance;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getDir() {
		return this.dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

	public Integer getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(Integer likelihood) {
		this.likelihood = likelihood;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public void setImpact(Integer impact) {
		this.impact = impact;
	}

}
