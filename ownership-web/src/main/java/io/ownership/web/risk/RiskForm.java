package io.ownership.web.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A risk as typed on {@code /risks/new} and on its edit page.
 */
public class RiskForm {

	/**
	 * A risk as its reassessment form shows it.
	 */
	static RiskForm of(Risk risk) {
		RiskForm form = new RiskForm();
		form.setProduct(risk.product().value());
		form.setTitle(risk.title());
		form.setDescription(risk.description());
		form.setSource(risk.source());
		form.setReference(risk.reference());
		form.setLikelihood(risk.likelihood());
		form.setImpact(risk.impact());
		form.setAffectedProducts(risk.flags().affectedProducts().stream().map(ProductId::value).toList());
		form.setInvolvesCustomerData(risk.flags().involvesCustomerData());
		form.setViolatedRequirement(risk.flags().violatedRequirement());
		form.setAssets(risk.assets().stream().map(AssetId::value).toList());
		form.setVersion(risk.version());
		return form;
	}

	/**
	 * Required on the new-risk form (refused by the use case next to the field); the edit
	 * page takes it from the risk.
	 */
	private UUID product;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 10000)
	private String description;

	@NotNull
	private RiskSource source;

	@Size(max = 300)
	private String reference;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer likelihood;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer impact;

	private List<UUID> affectedProducts = new ArrayList<>();

	private boolean involvesCustomerData;

	@Size(max = 300)
	private String violatedRequirement;

	private List<UUID> assets = new ArrayList<>();

	/** Why the level goes down, when it does (required then). */
	@Size(max = 4000)
	private String reason;

	private long version;

	/** The incident whose post-mortem the risk is registered from, or null. */
	private UUID postMortem;

	RiskDescription description() {
		return new RiskDescription(this.title, this.description, this.source, this.reference);
	}

	RiskFlags flags() {
		return new RiskFlags(this.affectedProducts.stream().map(ProductId::new).collect(Collectors.toSet()),
				this.involvesCustomerData, this.violatedRequirement);
	}

	Set<AssetId> assetIds() {
		return new HashSet<>(this.assets.stream().map(AssetId::new).toList());
	}

	public UUID getProduct() {
		return this.product;
	}

	public void setProduct(UUID product) {
		this.product = product;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public RiskSource getSource() {
		return this.source;
	}

	public void setSource(RiskSource source) {
		this.source = source;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
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

	public List<UUID> getAffectedProducts() {
		return this.affectedProducts;
	}

	public void setAffectedProducts(List<UUID> affectedProducts) {
		this.affectedProducts = (affectedProducts == null) ? new ArrayList<>() : affectedProducts;
	}

	public boolean isInvolvesCustomerData() {
		return this.involvesCustomerData;
	}

	public void setInvolvesCustomerData(boolean involvesCustomerData) {
		this.involvesCustomerData = involvesCustomerData;
	}

	public String getViolatedRequirement() {
		return this.violatedRequirement;
	}

	public void setViolatedRequirement(String violatedRequirement) {
		this.violatedRequirement = violatedRequirement;
	}

	public List<UUID> getAssets() {
		return this.assets;
	}

	public void setAssets(List<UUID> assets) {
		this.assets = (assets == null) ? new ArrayList<>() : assets;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public UUID getPostMortem() {
		return this.postMortem;
	}

	public void setPostMortem(UUID postMortem) {
		this.postMortem = postMortem;
	}

}
